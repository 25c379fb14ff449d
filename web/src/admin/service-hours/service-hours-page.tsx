/**
 * /quan-tri/gio-phuc-vu?don-vi=<agency id>: a unit's service hours as a form — the date the change takes effect,
 * weekly sessions and seasons (inherited or the unit's own), the 9th hour per field, dated sessions such as a
 * volunteer Saturday, closures — with the problems named in Vietnamese beside each input, by the browser before
 * sending and by the server after; and the unit's versions (in force, planned, replaced), a planned one withdrawn
 * or edited. unit.manage on the unit (the province's defaults: the province administrator).
 */
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { describePath } from '../../../../src/domain/service-hours/check.js';
import { serviceHoursApi } from '../../../../src/contracts/service-hours-api.js';
import { ApiError } from '../../shared/api.js';
import { call } from '../../shared/client.js';
import { useUnits } from '../org-api.js';
import {
  checkDraft,
  dmy,
  documentOf,
  draftOf,
  problemsAt,
  type AdminServiceHours,
  type Draft,
  type Problems,
} from './hours-draft.js';
import { ClosuresSection, ExtrasSection, SpecialsSection } from './hours-dated.js';
import { DateField } from './hours-inputs.js';
import { SeasonsSection, WeeklySection } from './hours-schedule.js';
import './service-hours.css';

const statusTags = {
  current: (
    <Tag color="green" style={{ color: '#135200' }}>
      Đang áp dụng
    </Tag>
  ),
  planned: <Tag color="blue">Dự kiến</Tag>,
  past: <Tag>Đã thay thế</Tag>,
};

export default function ServiceHoursAdminPage() {
  const units = useUnits();
  const [params, setParams] = useSearchParams();
  const manageable = units.data?.filter((u) => u.manageable) ?? [];
  const agencyId = params.get('don-vi');
  const unit = manageable.find((u) => u.agencyId === agencyId) ?? manageable[0];
  return (
    <main className="sh-admin">
      <Typography.Title level={1}>Giờ phục vụ công dân</Typography.Title>
      <Typography.Paragraph>
        Giờ mở cửa tiếp công dân của đơn vị; không ảnh hưởng thời hạn giải quyết hồ sơ (theo lịch làm việc).
      </Typography.Paragraph>
      <label className="sh-inline">
        <span>Đơn vị</span>
        <Select
          aria-label="Đơn vị"
          className="sh-unit-select"
          loading={units.isLoading}
          value={unit?.agencyId}
          onChange={(value: string) => setParams({ 'don-vi': value }, { replace: true })}
          showSearch={{ optionFilterProp: 'label' }}
          options={manageable.map((u) => ({ value: u.agencyId, label: `${'— '.repeat(u.depth)}${u.name}` }))}
        />
      </label>
      {units.error && <Alert type="error" showIcon title="Không tải được danh sách đơn vị." />}
      {unit && <UnitHours key={unit.agencyId} agencyId={unit.agencyId} />}
    </main>
  );
}

function UnitHours({ agencyId }: { agencyId: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = ['admin', 'service-hours', agencyId] as const;
  const params = { agencyId };
  const query = useQuery({ queryKey: key, queryFn: () => call(serviceHoursApi.admin, { params }) });
  const [draft, setDraft] = useState<Draft>();
  const [problems, setProblems] = useState<Problems>([]);
  const data = query.data;

  useEffect(() => {
    if (data && !draft) {
      const current = data.versions.find((v) => v.status === 'current');
      setDraft(draftOf(data, current?.document, data.today));
    }
  }, [data, draft]);

  const saved = (next: AdminServiceHours, text: string) => {
    setProblems([]);
    queryClient.setQueryData(key, next);
    void message.success(text);
  };
  const save = useMutation({
    mutationFn: (d: Draft) =>
      call(serviceHoursApi.save, {
        params,
        body: { effectiveFrom: d.effectiveFrom, document: documentOf(d) },
      }),
    onSuccess: (next, d) => saved(next, `Đã lưu giờ phục vụ áp dụng từ ${dmy(d.effectiveFrom)}.`),
    onError: (e) =>
      setProblems(
        e instanceof ApiError
          ? (e.fields ?? [{ field: '', message: e.message }])
          : [{ field: '', message: 'Không kết nối được máy chủ. Vui lòng thử lại.' }],
      ),
  });
  const withdraw = useMutation({
    mutationFn: (date: string) =>
      call(serviceHoursApi.withdraw, { params: { agencyId, effectiveFrom: date } }),
    onSuccess: (next, date) => saved(next, `Đã rút giờ phục vụ dự kiến từ ${dmy(date)}.`),
    onError: (e) => void message.error(e instanceof Error ? e.message : 'Không rút được.'),
  });

  if (query.isError) {
    const text =
      query.error instanceof ApiError && query.error.status === 403
        ? 'Bạn không có quyền quản trị giờ phục vụ của đơn vị này.'
        : 'Không tải được giờ phục vụ.';
    return <Alert type="error" showIcon title={text} />;
  }
  if (!data || !draft) return <Skeleton active paragraph={{ rows: 6 }} />;

  const change = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (problems.length) setProblems(checkDraft(next, data));
  };
  const submit = () => {
    const found = checkDraft(draft, data);
    setProblems(found);
    if (found.length === 0) save.mutate(draft);
  };
  const parentName = data.parent?.name ?? '';
  const inherit = (on: boolean, part: 'weekly' | 'seasons') =>
    part === 'weekly'
      ? change({ inheritWeekly: on, ...(on ? { weekly: structuredClone(data.inherited.weekly) } : {}) })
      : change({ inheritSeasons: on, ...(on ? { seasons: structuredClone(data.inherited.seasons) } : {}) });
  const seasons = (draft.inheritSeasons ? data.inherited.seasons : draft.seasons).map((s) => s.name);

  return (
    <>
      <section aria-labelledby="sh-versions-title" className="sh-versions">
        <Typography.Title level={2} id="sh-versions-title">
          Các lần thay đổi
        </Typography.Title>
        {data.versions.length === 0 ? (
          <Typography.Paragraph>
            Đơn vị chưa có giờ phục vụ riêng: áp dụng theo {parentName || 'mặc định'}.
          </Typography.Paragraph>
        ) : (
          <ul>
            {data.versions.map((v) => (
              <li key={v.effectiveFrom}>
                Từ {dmy(v.effectiveFrom)} {statusTags[v.status]}
                {v.createdBy ? ` — ${v.createdBy}` : ''}
                {v.status === 'planned' && (
                  <Space size={4} style={{ marginLeft: 8 }}>
                    <Button size="small" onClick={() => setDraft(draftOf(data, v.document, v.effectiveFrom))}>
                      Sửa
                    </Button>
                    <Button size="small" danger onClick={() => withdraw.mutate(v.effectiveFrom)}>
                      Rút
                    </Button>
                  </Space>
                )}
              </li>
            ))}
          </ul>
        )}
        <a href={`/gio-phuc-vu/${encodeURIComponent(agencyId)}`} target="_blank" rel="noreferrer">
          Xem trang công khai
        </a>
      </section>

      <form
        className="sh-form"
        aria-labelledby="sh-form-title"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Typography.Title level={2} id="sh-form-title">
          Giờ phục vụ mới
        </Typography.Title>
        <DateField
          label="Áp dụng từ ngày"
          value={draft.effectiveFrom}
          min={data.today}
          onChange={(effectiveFrom) => change({ effectiveFrom })}
          messages={problemsAt(problems, 'effectiveFrom')}
        />
        <p className="sh-note">
          Giờ đang áp dụng đến trước ngày này giữ nguyên, kể cả các lịch hẹn đã đặt; lần thay đổi đã áp dụng
          không sửa lại được.
        </p>
        <WeeklySection
          inherit={draft.inheritWeekly}
          onInherit={data.parent ? (on) => inherit(on, 'weekly') : null}
          parentName={parentName}
          value={draft.weekly}
          onChange={(weekly) => change({ weekly })}
          problems={problems}
        />
        <SeasonsSection
          inherit={draft.inheritSeasons}
          onInherit={data.parent ? (on) => inherit(on, 'seasons') : null}
          parentName={parentName}
          value={draft.seasons}
          onChange={(s) => change({ seasons: s })}
          problems={problems}
        />
        <ExtrasSection
          value={draft.extras}
          onChange={(extras) => change({ extras })}
          seasons={seasons}
          fields={data.fields}
          problems={problems}
        />
        <SpecialsSection
          value={draft.specials}
          onChange={(specials) => change({ specials })}
          fields={data.fields}
          problems={problems}
          min={draft.effectiveFrom}
        />
        <ClosuresSection
          value={draft.closures}
          onChange={(closures) => change({ closures })}
          fields={data.fields}
          problems={problems}
          min={draft.effectiveFrom}
        />
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            title="Chưa lưu được giờ phục vụ"
            description={
              <ul className="sh-problems">
                {problems.map((p, i) => (
                  <li key={i}>
                    {p.field ? `${describePath(p.field)}: ` : ''}
                    {p.message}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          Lưu giờ phục vụ
        </Button>
      </form>
    </>
  );
}

/**
 * In a unit's special days (day-modes-section.tsx): the procedures the unit returns the same day on its
 * no-appointment days besides those the law makes same-day (GET/PUT /api/admin/units/{agencyId}/same-day-procedures).
 * A searchable multi-select of the catalogue's procedures the unit receives (the province: every procedure, for the
 * units under it); the legal ones and those marked by a unit above are shown, not removable here. Saving asks for a
 * confirmation naming what is added and removed.
 */
import { useEffect, useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Select, Skeleton, Tag, Typography } from 'antd';
import { weekdayLabels } from '../../../src/domain/dossier/day-modes.js';
import { catalogueApi } from '../../../src/contracts/catalogue-api.js';
import { dayModesApi } from '../../../src/contracts/day-modes-api.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';

interface Procedure {
  code: string;
  name: string;
}

type Choice = { value: string; label: string };
const labelOf = (p: Procedure) => `${p.name} (${p.code})`;
const choices = (list: Procedure[]): Choice[] => list.map((p) => ({ value: p.code, label: labelOf(p) }));

/** The catalogue's procedures matching `q` that the unit receives (all of them for the province). */
function useCandidates(agencyId: string, everyUnit: boolean) {
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setDebounced(q.trim()), 250);
    return () => clearTimeout(t);
  }, [q]);
  const list = useQuery({
    queryKey: ['procedures', 'same-day-candidates', agencyId, everyUnit, debounced],
    queryFn: () =>
      call(catalogueApi.search, {
        query: { q: debounced, limit: 30, offset: 0, ...(everyUnit ? {} : { unit: agencyId }) },
      }),
    placeholderData: keepPreviousData,
  });
  return { list, setQ };
}

export function SameDayProceduresSection({ agencyId, everyUnit }: { agencyId: string; everyUnit: boolean }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const key = ['admin', 'same-day-procedures', agencyId] as const;
  const params = { agencyId };
  const query = useQuery({ queryKey: key, queryFn: () => call(dayModesApi.sameDayProcedures, { params }) });
  const [draft, setDraft] = useState<Choice[] | null>(null);
  const { list, setQ } = useCandidates(agencyId, everyUnit);

  useEffect(() => {
    if (query.data) setDraft(choices(query.data.own));
  }, [query.data]);

  const save = useMutation({
    mutationFn: (codes: string[]) =>
      call(dayModesApi.saveSameDayProcedures, { params, body: { procedures: codes } }),
    onSuccess: (data) => {
      queryClient.setQueryData(key, data);
      void queryClient.invalidateQueries({ queryKey: ['day-modes', agencyId] });
      void message.success('Đã lưu thủ tục trả kết quả trong ngày.');
    },
    onError: (e) => void message.error(e instanceof ApiError ? e.message : 'Không lưu được.'),
  });

  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 403) return null;
    return <Alert type="error" showIcon title="Không tải được thủ tục trả kết quả trong ngày" />;
  }
  const data = query.data;
  const titleId = `same-day-procedures-${agencyId}`;
  if (!data || !draft) {
    return <Skeleton active paragraph={{ rows: 2 }} />;
  }
  const legal = new Set(data.legal.map((p) => p.code));
  const above = new Map(data.inherited.map((p) => [p.code, p.from.name]));
  const options = (list.data?.items ?? []).map((p) => {
    const why = legal.has(p.code) || p.sameDay ? 'theo quy định' : above.get(p.code);
    return { value: p.code, label: labelOf(p), disabled: why !== undefined, why };
  });
  const before = new Set(data.own.map((p) => p.code));
  const after = new Set(draft.map((c) => c.value));
  const added = draft.filter((c) => !before.has(c.value));
  const removed = choices(data.own).filter((c) => !after.has(c.value));
  const confirm = () =>
    modal.confirm({
      title: 'Lưu thủ tục trả kết quả trong ngày?',
      content: (
        <div className="same-day-confirm">
          {added.length > 0 && <p>Thêm: {added.map((c) => c.label).join('; ')}.</p>}
          {removed.length > 0 && <p>Bỏ: {removed.map((c) => c.label).join('; ')}.</p>}
          <p>Áp dụng cho hồ sơ tiếp nhận từ bây giờ vào ngày không hẹn của đơn vị.</p>
        </div>
      ),
      okText: 'Lưu',
      cancelText: 'Hủy',
      onOk: () => save.mutateAsync([...after]),
    });

  return (
    <section aria-labelledby={titleId} className="same-day-procedures">
      <Typography.Title level={4} id={titleId} style={{ fontSize: 14, marginTop: 16 }}>
        Thủ tục trả kết quả trong ngày vào ngày không hẹn
      </Typography.Title>
      <p className="day-mode-note">
        {data.weekdays.length
          ? `Ngày không hẹn đang áp dụng: ${data.weekdays.map((d) => weekdayLabels[d]).join(', ')}. `
          : 'Đơn vị chưa có ngày không hẹn: danh sách chỉ áp dụng khi có. '}
        Hồ sơ các thủ tục dưới đây tiếp nhận trước 15:00 được trả trước giờ đóng cửa cùng ngày.
      </p>
      <label htmlFor={`${titleId}-select`} style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
        Thủ tục đơn vị đăng ký trả trong ngày
      </label>
      <Select<Choice[]>
        id={`${titleId}-select`}
        mode="multiple"
        labelInValue
        showSearch={{ filterOption: false, onSearch: setQ }}
        value={draft}
        onChange={(v) => setDraft(v.map(({ value, label }) => ({ value, label: String(label) })))}
        options={options}
        optionRender={(o) => (
          <span className="same-day-option" style={{ whiteSpace: 'normal' }}>
            {o.data.label}
            {o.data.why && <span className="same-day-option-why"> — {o.data.why}</span>}
          </span>
        )}
        placeholder="Gõ tên hoặc mã thủ tục, ví dụ: tình trạng hôn nhân"
        notFoundContent={list.isFetching ? 'Đang tìm…' : 'Không tìm thấy thủ tục'}
        loading={list.isFetching}
        style={{ width: '100%' }}
      />
      {data.inherited.length > 0 && (
        <p className="day-mode-note" style={{ marginTop: 8 }}>
          Theo đơn vị cấp trên (áp dụng cả ở đây):{' '}
          {data.inherited.map((p) => `${p.name} (theo ${p.from.name})`).join('; ')}.
        </p>
      )}
      <div className="same-day-legal" style={{ marginTop: 8 }}>
        <span>Luôn trả trong ngày theo quy định ({data.legal.length} thủ tục, không bỏ được): </span>
        {data.legal.map((p) => (
          <Tag key={p.code} style={{ marginBlock: 2, whiteSpace: 'normal' }}>
            {p.name}
          </Tag>
        ))}
      </div>
      <Button
        style={{ marginTop: 12 }}
        onClick={confirm}
        loading={save.isPending}
        disabled={added.length === 0 && removed.length === 0}
      >
        Lưu thủ tục trả trong ngày
      </Button>
    </section>
  );
}

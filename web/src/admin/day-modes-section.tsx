/**
 * A unit's special days, in its edit drawer: the same-day ("ngày không hẹn") and no-writing ("ngày không viết")
 * weekdays, each either the unit's own or inherited from the unit above (GET/PUT
 * /api/admin/units/{agencyId}/day-modes; unit administrators of the unit and province administrators), and the
 * procedures returned the same day on the no-appointment days (same-day-procedures-section.tsx).
 */
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Divider, Skeleton, Switch, Typography } from 'antd';
import { dayModeLabels, weekdayLabels } from '../../../src/domain/dossier/day-modes.js';
import { dayModesApi } from '../../../src/contracts/day-modes-api.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';
import { SameDayProceduresSection } from './same-day-procedures-section.js';

type Key = 'sameDay' | 'noWriting';
const modes: { key: Key; label: string }[] = [
  { key: 'sameDay', label: dayModeLabels.same_day },
  { key: 'noWriting', label: dayModeLabels.no_writing },
];
const weekdayOptions = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: weekdayLabels[d]! }));
const dayNames = (days: number[]) =>
  days.length ? days.map((d) => weekdayLabels[d]).join(', ') : 'không có';

/** `everyUnit`: the province, whose same-day procedures apply to the units under it (search every procedure). */
export function DayModesSection({ agencyId, everyUnit }: { agencyId: string; everyUnit: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = ['admin', 'day-modes', agencyId] as const;
  const params = { agencyId };
  const query = useQuery({ queryKey: key, queryFn: () => call(dayModesApi.admin, { params }) });
  const [draft, setDraft] = useState<Record<Key, number[] | null> | null>(null);

  useEffect(() => {
    if (query.data) setDraft({ sameDay: query.data.sameDay.own, noWriting: query.data.noWriting.own });
  }, [query.data]);

  const save = useMutation({
    mutationFn: (body: Record<Key, number[] | null>) => call(dayModesApi.save, { params, body }),
    onSuccess: (data) => {
      queryClient.setQueryData(key, data);
      void message.success('Đã lưu ngày làm việc đặc biệt.');
    },
    onError: (e) => void message.error(e instanceof ApiError ? e.message : 'Không lưu được.'),
  });

  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 403) return null;
    return <Alert type="error" showIcon title="Không tải được ngày làm việc đặc biệt" />;
  }
  const data = query.data;
  return (
    <section aria-labelledby="day-modes-title">
      <Divider />
      <Typography.Title level={3} id="day-modes-title" style={{ fontSize: 16 }}>
        Ngày làm việc đặc biệt trong tuần
      </Typography.Title>
      {!data || !draft ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <>
          {modes.map(({ key: k, label }) => {
            const view = data[k];
            const own = draft[k];
            const inherited = view.from ? `theo ${view.from.name}` : 'theo mặc định của tỉnh';
            return (
              <fieldset key={k} className="day-mode" style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
                <legend style={{ fontWeight: 600, fontSize: 14, marginBottom: 4 }}>{label}</legend>
                <label className="day-mode-inherit" style={{ display: 'block', marginBottom: 8 }}>
                  <Switch
                    size="small"
                    checked={own === null}
                    onChange={(on) => setDraft({ ...draft, [k]: on ? null : [...view.effective] })}
                  />{' '}
                  Thừa kế từ đơn vị cấp trên
                </label>
                {own === null ? (
                  <p className="day-mode-note" style={{ margin: '4px 0 0' }}>
                    {view.own === null
                      ? `Đang áp dụng: ${dayNames(view.effective)} (${inherited}).`
                      : 'Sẽ theo đơn vị cấp trên sau khi lưu.'}
                  </p>
                ) : (
                  <Checkbox.Group
                    aria-label={label}
                    options={weekdayOptions}
                    value={own}
                    onChange={(v) => setDraft({ ...draft, [k]: [...v].sort((a, b) => a - b) })}
                  />
                )}
              </fieldset>
            );
          })}
          <Button onClick={() => save.mutate(draft)} loading={save.isPending}>
            Lưu ngày đặc biệt
          </Button>
          <SameDayProceduresSection agencyId={agencyId} everyUnit={everyUnit} />
        </>
      )}
    </section>
  );
}

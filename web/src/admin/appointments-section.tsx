/**
 * A unit's appointment settings, in its edit drawer: per field, the slot length, the places per slot and how many
 * days ahead citizens may book (GET/PUT /api/admin/units/{agencyId}/appointment-settings; unit administrators of
 * the unit and province administrators). A field without its own settings uses the default.
 */
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Divider, InputNumber, Select, Skeleton, Space, Typography } from 'antd';
import { SLOT_LIMITS, type SlotSettings } from '../../../src/domain/appointments/slots.js';
import { appointmentsApi } from '../../../src/contracts/appointments-api.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';
import { fieldOptions, useProcedureCounts } from './field-options.js';

const inputs: { key: keyof SlotSettings; label: string }[] = [
  { key: 'slotMinutes', label: 'Thời lượng mỗi lượt (phút)' },
  { key: 'capacity', label: 'Số chỗ mỗi lượt' },
  { key: 'daysAhead', label: 'Đặt trước tối đa (ngày)' },
];

export function AppointmentsSection({ agencyId }: { agencyId: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = ['admin', 'appointment-settings', agencyId] as const;
  const query = useQuery({
    queryKey: key,
    queryFn: () => call(appointmentsApi.settings, { params: { agencyId } }),
  });
  const counts = useProcedureCounts();
  const [field, setField] = useState<string>('HT');
  const current = query.data?.fields.find((f) => f.field.code === field) ?? query.data?.fields[0];
  const [draft, setDraft] = useState<SlotSettings | null>(null);

  useEffect(() => {
    if (current)
      setDraft({
        slotMinutes: current.slotMinutes,
        capacity: current.capacity,
        daysAhead: current.daysAhead,
      });
  }, [current]);

  const save = useMutation({
    mutationFn: (settings: SlotSettings | null) =>
      call(appointmentsApi.saveSettings, {
        params: { agencyId, field: current!.field.code },
        body: { settings },
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(key, data);
      void message.success('Đã lưu cài đặt lịch hẹn.');
    },
    onError: (e) => void message.error(e instanceof ApiError ? e.message : 'Không lưu được.'),
  });

  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 403) return null;
    return <Alert type="error" showIcon title="Không tải được cài đặt lịch hẹn" />;
  }
  return (
    <section aria-labelledby="appointment-settings-title">
      <Divider />
      <Typography.Title level={3} id="appointment-settings-title" style={{ fontSize: 16 }}>
        Lịch hẹn trực tuyến
      </Typography.Title>
      {!query.data || !current || !draft ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <>
          <label style={{ display: 'block', marginBottom: 8 }}>
            Lĩnh vực{' '}
            <Select
              aria-label="Lĩnh vực"
              value={current.field.code}
              onChange={setField}
              style={{ minWidth: 220 }}
              options={fieldOptions(
                query.data.fields.map((f) => ({ ...f.field, own: f.own })),
                counts,
                [current.field.code],
                (f) => `${f.name}${f.own ? ' (riêng)' : ''}`,
              )}
            />
          </label>
          <p style={{ margin: '4px 0 8px' }}>
            {current.own ? 'Cài đặt riêng của đơn vị.' : 'Đang dùng mặc định.'}
          </p>
          <Space wrap>
            {inputs.map(({ key: k, label }) => (
              <label key={k} style={{ display: 'block' }}>
                {label}
                <br />
                <InputNumber
                  aria-label={label}
                  min={SLOT_LIMITS[k].min}
                  max={SLOT_LIMITS[k].max}
                  value={draft[k]}
                  onChange={(v) => v !== null && setDraft({ ...draft, [k]: v })}
                />
              </label>
            ))}
          </Space>
          <Space style={{ marginTop: 12 }}>
            <Button onClick={() => save.mutate(draft)} loading={save.isPending}>
              Lưu cài đặt lịch hẹn
            </Button>
            {current.own && (
              <Button type="link" onClick={() => save.mutate(null)}>
                Về mặc định
              </Button>
            )}
          </Space>
        </>
      )}
    </section>
  );
}

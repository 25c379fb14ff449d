/**
 * The unit a dossier goes to (a transfer) or is asked (a consultation), chosen from the list the server gives
 * (GET /api/dossiers/{code}/transfer-targets: suggested units first, the Tax office for a land dossier at the Land
 * Registration Office) — never typed as an agency id. Choosing the unit of a consultation fills in its default
 * answer deadline, a working time on that unit's calendar.
 */
import { useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import type { TransferTarget } from '../../../src/domain/dossier/transfer-targets.js';
import { sectorLabels } from '../../../src/domain/org/sectors.js';
import { dossierApi } from '../../../src/contracts/dossier-api.js';
import { call } from '../shared/client.js';

export function useTransferTargets(code: string, enabled: boolean) {
  return useQuery({
    queryKey: ['dossiers', 'one', code, 'transfer-targets'],
    queryFn: async () => (await call(dossierApi.transferTargets, { params: { code } })).items,
    enabled,
    staleTime: 60_000,
  });
}

const optionOf = (u: TransferTarget) => ({
  value: u.agencyId,
  label: `${u.name}${u.sector ? ` — ${sectorLabels[u.sector]}` : ''}`,
});

export function UnitField({
  consult,
  targets,
  onPicked,
}: {
  consult: boolean;
  targets: ReturnType<typeof useTransferTargets>;
  onPicked: (target: TransferTarget | undefined) => void;
}) {
  const items = targets.data ?? [];
  const suggested = items.filter((u) => u.suggested);
  const others = items.filter((u) => !u.suggested);
  return (
    <Form.Item
      name="toUnit"
      label={consult ? 'Đơn vị được xin ý kiến' : 'Cơ quan nhận liên thông'}
      rules={[
        { required: true, message: consult ? 'Cần đơn vị được xin ý kiến.' : 'Cần đơn vị nhận liên thông.' },
      ]}
    >
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="Chọn đơn vị trong danh sách"
        loading={targets.isPending}
        notFoundContent={targets.isError ? targets.error.message : 'Không có đơn vị phù hợp'}
        onChange={(value: string) => onPicked(items.find((u) => u.agencyId === value))}
        options={
          (suggested.length > 0
            ? [
                { label: 'Đề xuất theo quy trình', options: suggested.map(optionOf) },
                { label: 'Đơn vị khác', options: others.map(optionOf) },
              ]
            : others.map(optionOf)) as { value: string; label: string }[]
        }
      />
    </Form.Item>
  );
}

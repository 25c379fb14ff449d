/**
 * Demo fee policies of Thanh Hóa (docs/DECISIONS.md, "Fee policies"): the 30% reduction of fees and charges for
 * people using online public services, in force in the article's time (from 2023) until the exemption; then
 * Resolution 12/2025/NQ-HĐND exempting all fees and charges of procedures done online, from 24 June 2025.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

export const EXEMPTION_FROM = '2025-06-24';
export const EXEMPTION_BASIS = 'Nghị quyết 12/2025/NQ-HĐND';

const common = {
  channels: ['online'],
  scope: 'all',
  scope_values: [],
  fee_kinds: ['fee', 'charge'],
  updated_by_name: 'Dữ liệu mẫu',
} as const;

export async function seedFeePolicies(trx: Transaction<Database>): Promise<void> {
  await trx
    .insertInto('fee_policies')
    .values([
      {
        ...common,
        channels: [...common.channels],
        scope_values: [],
        fee_kinds: [...common.fee_kinds],
        name: 'Giảm 30% phí, lệ phí khi sử dụng dịch vụ công trực tuyến',
        legal_basis: 'Chủ trương giảm 30% của tỉnh (số văn bản cần xác nhận)',
        effective_from: '2023-01-01',
        effective_to: '2025-06-23',
        effect: 'reduction',
        percent: 30,
        note: 'Mức giảm do Báo Thanh Hóa nêu; chưa tìm được số văn bản — cần xác nhận.',
      },
      {
        ...common,
        channels: [...common.channels],
        scope_values: [],
        fee_kinds: [...common.fee_kinds],
        name: 'Miễn toàn bộ phí, lệ phí khi thực hiện thủ tục qua dịch vụ công trực tuyến',
        legal_basis: EXEMPTION_BASIS,
        effective_from: EXEMPTION_FROM,
        effective_to: null,
        effect: 'exemption',
        percent: null,
        note: 'HĐND tỉnh Thanh Hóa thông qua ngày 24/6/2025; áp dụng từ 24/6/2025 theo báo Lao Động — ngày hiệu lực trong văn bản cần xác nhận.',
      },
    ])
    .execute();
}

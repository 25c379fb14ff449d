/**
 * Demo counters: the Đông Tiến commune's one-stop desk has four counters, the Land Registration Office two.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

const demoCounters: Record<string, { number: number; label: string; fields: string[] }[]> = {
  'H56.10.01': [
    { number: 1, label: 'Hộ tịch, chứng thực', fields: ['HT', 'CT'] },
    { number: 2, label: 'Hộ tịch', fields: ['HT', 'NCN'] },
    { number: 3, label: 'Đất đai, xây dựng', fields: ['DD', 'XD', 'TNMT'] },
    { number: 4, label: 'Kinh doanh, lao động, nông nghiệp', fields: ['HKD', 'LDTBXH', 'NN'] },
  ],
  '000.00.21.H56': [
    { number: 1, label: 'Đăng ký đất đai', fields: ['DD'] },
    { number: 2, label: 'Đăng ký đất đai', fields: ['DD'] },
  ],
};

export async function seedQueue(trx: Transaction<Database>): Promise<void> {
  const units = await trx
    .selectFrom('units')
    .select(['id', 'agency_id'])
    .where('agency_id', 'in', Object.keys(demoCounters))
    .execute();
  const fields = new Set((await trx.selectFrom('fields').select('code').execute()).map((f) => f.code));
  const rows = units.flatMap((u) =>
    (demoCounters[u.agency_id] ?? []).map((c) => ({
      unit_id: u.id,
      number: c.number,
      label: c.label,
      field_codes: c.fields.filter((f) => fields.has(f)),
    })),
  );
  if (rows.length) await trx.insertInto('queue_counters').values(rows).execute();
}

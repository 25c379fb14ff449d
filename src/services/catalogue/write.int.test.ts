import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/db.js';
import type { DatabaseHandle } from '../../db/connection.js';
import { ensureFields } from './write.js';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase({ demo: true });
});
afterAll(() => h.close());

describe('ensureFields', () => {
  it('lists fields created by an import after the existing ones', async () => {
    const before = await h.db.selectFrom('fields').select(['code', 'sort_order']).execute();
    const highest = Math.max(...before.map((f) => f.sort_order));
    const created = await h.db.transaction().execute((trx) =>
      ensureFields(trx, [
        { code: 'ZB', name: 'Lĩnh vực B' },
        { code: 'HT', name: 'Hộ tịch' },
        { code: 'ZA', name: 'Lĩnh vực A' },
        { code: 'ZB', name: 'Lĩnh vực B (lặp lại)' },
      ]),
    );
    expect(created).toEqual(['ZB', 'ZA']);
    const rows = await h.db
      .selectFrom('fields')
      .select(['code', 'name', 'sort_order'])
      .where('code', 'in', ['ZA', 'ZB'])
      .execute();
    const order = Object.fromEntries(rows.map((r) => [r.code, r.sort_order]));
    expect(order).toEqual({ ZB: highest + 1, ZA: highest + 1 });
    // An existing field keeps its place.
    const ht = await h.db
      .selectFrom('fields')
      .select('sort_order')
      .where('code', '=', 'HT')
      .executeTakeFirst();
    expect(ht?.sort_order).toBe(before.find((f) => f.code === 'HT')?.sort_order);
    expect(rows.find((r) => r.code === 'ZB')?.name).toBe('Lĩnh vực B');
  });
});

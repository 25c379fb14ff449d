/** The code the intake's statement makes is the domain's `formatDossierCode`, for every width of the number. */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatDossierCode } from '../../../domain/dossier/code.js';
import type { DatabaseHandle } from '../../../db/connection.js';
import { openEmptyDatabase } from '../../../../test/db.js';
import { dossierCodeSql, standIns } from './code.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  ({ handle } = await openEmptyDatabase());
});
afterAll(() => handle.close());

it('builds in SQL the code formatDossierCode gives', async () => {
  for (const [agencyId, day] of [
    ['H56.10.01', '2026-11-25'],
    ['000.00.06.H56', '2023-10-27'],
  ] as const) {
    for (const n of [1, 42, 361, 9999]) {
      const code = dossierCodeSql(agencyId, day, sql<number>`${n}::int`);
      const { rows } = await sql<{ code: string }>`select ${code} as code`.execute(handle.db);
      expect(rows[0]!.code).toBe(formatDossierCode(agencyId, day, n));
    }
  }
});

it('gives stand-ins of the same shape: sequence 0000 and 9999', () => {
  expect(standIns('H56.10.01', '2026-11-25')).toEqual(['H56.10.01-261125-0000', 'H56.10.01-261125-9999']);
});

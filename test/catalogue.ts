/**
 * Catalogue helpers for integration tests: the small real fixture, loading it, and an administrator actor for
 * calling services directly.
 *   await loadCatalogue(t.database.db);            // imports test/fixtures/catalogue-small.json
 */
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.js';
import type { CatalogueFile, ProcedureRecord } from '../src/domain/catalogue/record.js';
import type { Actor } from '../src/domain/org/roles.js';
import { importCatalogue, type ImportResult } from '../src/services/catalogue/import.js';
import { catalogueIndexFor } from '../src/services/catalogue/index-cache.js';

export function smallCatalogue(): CatalogueFile {
  return JSON.parse(
    fs.readFileSync(new URL('./fixtures/catalogue-small.json', import.meta.url), 'utf8'),
  ) as CatalogueFile;
}

export function fixtureRecord(code: string): ProcedureRecord {
  const found = smallCatalogue().procedures.find((p) => p.code === code);
  if (!found) throw new Error(`no fixture procedure ${code}`);
  return found;
}

/** A province administrator that exists only in memory (services check permissions, not the staff table). */
export function testAdmin(): Actor {
  const unitId = randomUUID();
  return {
    id: randomUUID(),
    username: 'test.admin',
    fullName: 'Quản trị kiểm thử',
    roles: [{ role: 'province_admin', unitId, unitPath: [unitId] }],
  };
}

/** Imports a catalogue file (default: the small fixture) and makes the app's search index see it at once. */
export async function loadCatalogue(
  db: Kysely<Database>,
  file: CatalogueFile = smallCatalogue(),
  opts: { effectiveFrom?: string } = {},
): Promise<ImportResult> {
  const result = await db
    .transaction()
    .execute((trx) => importCatalogue(trx, file, { actor: null, ...opts }));
  catalogueIndexFor(db).invalidate();
  return result;
}

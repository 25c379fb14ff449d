/**
 * Demo catalogue: 52 real procedures a commune or the provincial centre in Thanh Hóa handles (civil status,
 * certification, land, household business, poverty and social affairs, construction, agriculture, environment,
 * adoption, tax), with their national codes and the documents the national records list — converted from the
 * national portal's records with `motcua catalogue from-national`, then checked and corrected by hand (see
 * demo-catalogue.json). Imported through the catalogue service like any other import, by the system (no actor).
 */
import fs from 'node:fs';
import type { Transaction } from 'kysely';
import type { CatalogueFile } from '../../domain/catalogue/record.js';
import { importCatalogue } from '../catalogue/import.js';
import type { Database } from '../../db/schema.js';

/** The demo versions apply from the start of the two-tier local government (1 July 2025). */
export const DEMO_CATALOGUE_EFFECTIVE_FROM = '2025-07-01';

export function demoCatalogue(): CatalogueFile {
  const url = new URL('./demo-catalogue.json', import.meta.url);
  return JSON.parse(fs.readFileSync(url, 'utf8')) as CatalogueFile;
}

export async function seedCatalogue(trx: Transaction<Database>): Promise<void> {
  await importCatalogue(trx, demoCatalogue(), { actor: null, effectiveFrom: DEMO_CATALOGUE_EFFECTIVE_FROM });
}

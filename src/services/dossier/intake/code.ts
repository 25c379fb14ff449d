/**
 * The dossier code as the intake's statement makes it from the daily number it takes (writes.ts): the domain's
 * prefix and padding (src/domain/dossier/code.ts) in SQL, so the format has one source. code.int.test.ts checks
 * that it is the text `formatDossierCode` gives.
 */
import { sql, type RawBuilder } from 'kysely';
import {
  dossierCodePrefix,
  formatDossierCode,
  MAX_DAILY_SEQUENCE,
  SEQUENCE_DIGITS,
} from '../../../domain/dossier/code.js';

/** The code of the dossier of `agencyId` received on `day` (YYYY-MM-DD) whose daily number is `sequence`. */
export function dossierCodeSql(
  agencyId: string,
  day: string,
  sequence: RawBuilder<number>,
): RawBuilder<string> {
  const prefix = dossierCodePrefix(agencyId, day);
  return sql<string>`${prefix}::text || lpad(${sequence}::text, ${sql.lit(SEQUENCE_DIGITS)}, '0')`;
}

/** The stand-in codes of a dossier of `agencyId` received on `day`: sequence 0000 (never given) and 9999. */
export function standIns(agencyId: string, day: string): [string, string] {
  return [
    dossierCodePrefix(agencyId, day) + '0'.repeat(SEQUENCE_DIGITS),
    formatDossierCode(agencyId, day, MAX_DAILY_SEQUENCE),
  ];
}

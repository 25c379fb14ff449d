/**
 * Dossier codes: `<agency id>-<YYMMDD>-<NNNN>`, e.g. `H56.10.01-261125-0001`, with a daily sequence per agency
 * (TT 03/2025). The date is the receiving day in Vietnam.
 */
export const MAX_DAILY_SEQUENCE = 9999;
/** Digits of the daily sequence, zero-padded. */
export const SEQUENCE_DIGITS = 4;

const CODE = /^([0-9A-Z]{2,3}(?:\.[0-9A-Z]{2,3}){2,3})-([0-9]{6})-([0-9]{4})$/;

/** YYMMDD of a YYYY-MM-DD date. */
function codeDay(date: string): string {
  const m = /^[0-9]{2}([0-9]{2})-([0-9]{2})-([0-9]{2})$/.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return m[1]! + m[2]! + m[3]!;
}

/**
 * The code without its sequence (`<agency id>-<YYMMDD>-`): the intake's statement appends the daily number it takes
 * (services/dossier/intake/code.ts, tested against `formatDossierCode`).
 */
export function dossierCodePrefix(agencyId: string, date: string): string {
  return `${agencyId}-${codeDay(date)}-`;
}

export function formatDossierCode(agencyId: string, date: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_DAILY_SEQUENCE) {
    throw new RangeError(`daily sequence out of range: ${sequence}`);
  }
  return dossierCodePrefix(agencyId, date) + String(sequence).padStart(SEQUENCE_DIGITS, '0');
}

export interface DossierCodeParts {
  agencyId: string;
  day: string;
  sequence: number;
}

/** The parts of a dossier code, or undefined when `code` is not one. */
export function parseDossierCode(code: string): DossierCodeParts | undefined {
  const m = CODE.exec(code.trim().toUpperCase());
  if (!m) return undefined;
  const sequence = Number(m[3]);
  if (sequence < 1) return undefined;
  return { agencyId: m[1]!, day: m[2]!, sequence };
}

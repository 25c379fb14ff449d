/** Text clean-up the edit form's model applies on the way back to a record. Pure. */

/** Trimmed text, or undefined when nothing is left (for optional texts). */
export function optional(v: string | null | undefined): string | undefined {
  const t = typeof v === 'string' ? v.trim() : '';
  return t === '' ? undefined : t;
}

/** Trimmed text; kept even when empty so that the server names the missing field. */
export const required = (v: string | null | undefined): string => (typeof v === 'string' ? v.trim() : '');

/** Drops undefined properties, so that a record built here compares and stores like an imported one. */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

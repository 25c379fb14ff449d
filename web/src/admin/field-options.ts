/**
 * Field pickers of the administration whose choice reaches citizens or callers (the fields a counter serves at the
 * kiosk, a specialist's fields for the hotline, the 9th hour, appointment settings): a field without procedures in
 * force leads nowhere, so it is shown with "0 thủ tục" and cannot be newly chosen; one already chosen stays, to be
 * removed.
 */
import { useMemo } from 'react';
import { formatCount } from '../../../src/domain/format/format.js';
import { useFields } from './org-api.js';

/** Procedures in force per field code, from the staff list of fields; undefined while it loads. */
export function useProcedureCounts(): ReadonlyMap<string, number> | undefined {
  const fields = useFields();
  return useMemo(
    () => fields.data && new Map(fields.data.map((f) => [f.code, f.procedureCount])),
    [fields.data],
  );
}

export function fieldOptions<F extends { code: string; name: string }>(
  fields: readonly F[],
  counts: ReadonlyMap<string, number> | undefined,
  chosen: readonly string[] = [],
  label: (f: F) => string = (f) => f.name,
): { value: string; label: string; disabled: boolean }[] {
  return fields.map((f) => {
    const empty = counts !== undefined && (counts.get(f.code) ?? 0) === 0;
    return {
      value: f.code,
      label: empty ? `${label(f)} (${formatCount(0, 'thủ tục')})` : label(f),
      disabled: empty && !chosen.includes(f.code),
    };
  });
}

/**
 * Record comparison for imports: two records are the same when their JSON is the same with object keys sorted
 * (PostgreSQL's jsonb does not keep key order) and absent optional properties ignored.
 */

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

/** JSON with sorted keys: equal strings ⇔ equal records. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

export function sameRecord(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * A list of values and their labels are one table: the labels record is written once, in display order, and the list
 * is its keys (object keys that are not integers keep their order).
 */

/** The keys of `record`, in its order, typed as its keys. */
export function keysOf<K extends string>(record: Readonly<Record<K, unknown>>): readonly K[] {
  return Object.keys(record) as K[];
}

/**
 * The organisation tree as a flat list in display order (pre-order: each unit followed by its descendants),
 * with each unit's depth among the units given. Siblings come by type (centre, sector agencies, communes) and then
 * by Vietnamese alphabetical order. A unit whose parent is not in the list (the actor cannot see it) is a root.
 */
import { keysOf } from '../keys.js';

export const unitTypeLabels = {
  province: 'Tỉnh',
  service_centre: 'Trung tâm phục vụ hành chính công',
  sector_agency: 'Cơ quan chuyên môn, ngành',
  commune: 'Xã, phường',
} as const;
export const unitTypes = keysOf(unitTypeLabels);
export type UnitType = keyof typeof unitTypeLabels;

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

export interface TreeUnit {
  id: string;
  parentId: string | null;
  type: UnitType;
  name: string;
}

export function orderUnitTree<T extends TreeUnit>(units: readonly T[]): (T & { depth: number })[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, T[]>();
  for (const u of units) {
    const key = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    const list = children.get(key) ?? [];
    list.push(u);
    children.set(key, list);
  }
  const rank = (t: UnitType) => unitTypes.indexOf(t);
  const out: (T & { depth: number })[] = [];
  const visit = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort(
      (a, b) => rank(a.type) - rank(b.type) || compareVietnamese(a.name, b.name),
    );
    for (const u of list) {
      out.push({ ...u, depth });
      visit(u.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

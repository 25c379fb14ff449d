/**
 * Public reads of the catalogue: search, one procedure (the version in force), its versions, and fields.
 */
import { todayInVietnam } from '../../domain/catalogue/dates.js';
import type { Level, TimeLimit } from '../../domain/catalogue/record.js';
import {
  levelsByUnitType,
  searchCatalogue,
  withCodeDot,
  type SearchFilters,
} from '../../domain/catalogue/search.js';
import { catalogueIndexFor } from './index-cache.js';
import {
  getVersionInForce,
  listVersions,
  versionInForce,
  type ProcedureVersion,
  type Reader,
} from './versions.js';

export interface ProcedureSummary {
  code: string;
  name: string;
  field: { code: string; name: string };
  levels: Level[];
  onlineLevel: 'full' | 'partial' | 'none';
  sameDay: boolean;
  timeLimit: Pick<TimeLimit, 'value' | 'unit'> | null;
  score?: number;
}

export interface ProcedureSearch {
  q?: string;
  field?: string;
  level?: Level;
  /** A unit id (uuid) or agency id (000.00.06.H56): procedures that unit performs. */
  unit?: string;
  limit: number;
  offset: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const AGENCY_ID = /^[0-9A-Z]{2,3}(\.[0-9A-Z]{2,3}){2,3}$/;

async function unitFilter(db: Reader, unit: string): Promise<SearchFilters['unit'] | null> {
  const byId = UUID.test(unit);
  if (!byId && !AGENCY_ID.test(unit)) return null;
  const row = await db
    .selectFrom('units')
    .select(['agency_id', 'type'])
    .where(byId ? 'id' : 'agency_id', '=', unit)
    .executeTakeFirst();
  if (!row) return null;
  return { agencyId: row.agency_id, levels: levelsByUnitType[row.type] ?? [] };
}

/** Search (or browse, without q). Also returns the catalogue revision and day, which make a cache validator. */
export async function searchProcedures(
  db: Reader,
  query: ProcedureSearch,
): Promise<{ items: ProcedureSummary[]; total: number; revision: number; day: string }> {
  const snapshot = await catalogueIndexFor(db).current();
  const { revision, day } = snapshot;
  let unit: SearchFilters['unit'];
  if (query.unit !== undefined && query.unit !== '') {
    const found = await unitFilter(db, query.unit);
    // An unknown unit performs nothing.
    if (!found) return { items: [], total: 0, revision, day };
    unit = found;
  }
  const result = searchCatalogue(snapshot.index, {
    ...(query.q !== undefined ? { q: query.q } : {}),
    ...(query.field ? { field: query.field } : {}),
    ...(query.level ? { level: query.level } : {}),
    ...(unit ? { unit } : {}),
    limit: query.limit,
    offset: query.offset,
  });
  return {
    total: result.total,
    revision,
    day,
    items: result.items.map(({ entry: e, score }) => ({
      code: e.code,
      name: e.name,
      field: e.field,
      levels: [...e.levels],
      onlineLevel: e.onlineLevel,
      sameDay: e.sameDay,
      timeLimit: e.timeLimit,
      ...(score !== undefined ? { score } : {}),
    })),
  };
}

/** The version of a procedure in force at `at` (default today): the record plus its version reference. */
export async function getProcedure(db: Reader, code: string, at?: string): Promise<ProcedureVersion> {
  return getVersionInForce(db, withCodeDot(code), at ?? todayInVietnam());
}

export interface VersionListItem {
  id: string;
  no: number;
  effectiveFrom: string;
  createdAt: string;
  note: string | null;
  /** The version in force today. */
  inForce: boolean;
}

export async function listProcedureVersions(db: Reader, code: string): Promise<VersionListItem[]> {
  const list = await listVersions(db, code);
  const current = versionInForce(list, todayInVietnam());
  return list.map((v) => ({
    id: v.id,
    no: v.no,
    effectiveFrom: v.effectiveFrom,
    createdAt: v.createdAt.toISOString(),
    note: v.note,
    inForce: v.id === current?.id,
  }));
}

export interface FieldWithCount {
  code: string;
  name: string;
  description: string | null;
  /** Procedures in force today in the field. */
  count: number;
}

const collator = new Intl.Collator('vi');

/** How many procedures are in force today in each field, by field code (a field without any is absent). */
export async function procedureCountsByField(db: Reader): Promise<Map<string, number>> {
  const snapshot = await catalogueIndexFor(db).current();
  const counts = new Map<string, number>();
  for (const doc of snapshot.index.docs) {
    counts.set(doc.entry.field.code, (counts.get(doc.entry.field.code) ?? 0) + 1);
  }
  return counts;
}

/** Every field with its number of procedures in force, in the administrators' order then by name. */
export async function listFieldsWithCounts(db: Reader): Promise<FieldWithCount[]> {
  const [counts, fields] = await Promise.all([
    procedureCountsByField(db),
    db.selectFrom('fields').select(['code', 'name', 'description', 'sort_order']).execute(),
  ]);
  return fields
    .sort((a, b) => a.sort_order - b.sort_order || collator.compare(a.name, b.name))
    .map((f) => ({ code: f.code, name: f.name, description: f.description, count: counts.get(f.code) ?? 0 }));
}

/**
 * The per-instance search index: built from the versions in force today, kept fresh by comparing the catalogue
 * revision at most every CHECK_EVERY_MS (several instances may share one PostgreSQL), and rebuilt when the revision
 * or the date (in Vietnam) moved. Concurrent requests share one refresh.
 */
import { sql } from 'kysely';
import { todayInVietnam } from '../../domain/catalogue/dates.js';
import {
  buildSearchIndex,
  catalogueEntry,
  type CatalogueEntry,
  type IndexedRecord,
  type SearchIndex,
} from '../../domain/catalogue/search.js';
import { readCatalogueRevision, type Reader } from './versions.js';

export const CHECK_EVERY_MS = 2000;

export interface CatalogueSnapshot {
  index: SearchIndex;
  revision: number;
  /** The date (YYYY-MM-DD, Vietnam) whose versions in force the index holds. */
  day: string;
}

/** The index-relevant parts of every version in force at `day`. */
export async function loadIndexEntries(db: Reader, day: string): Promise<CatalogueEntry[]> {
  const rows = await sql<{ id: string; version_no: number; r: IndexedRecord; field_order: number }>`
    select distinct on (v.procedure_id)
      v.id, v.version_no,
      jsonb_build_object(
        'code', p.code, 'name', v.record->'name', 'field', v.record->'field', 'levels', v.record->'levels',
        'units', coalesce(v.record->'units', '[]'::jsonb), 'applicants', v.record->'applicants',
        'keywords', v.record->'keywords', 'onlineLevel', v.record->'onlineLevel', 'flags', v.record->'flags',
        'channels', v.record->'channels'
      ) as r,
      coalesce(f.sort_order, 0) as field_order
    from procedure_versions v
    join procedures p on p.id = v.procedure_id
    left join fields f on f.code = v.record->'field'->>'code'
    where v.effective_from <= ${day}::date
    order by v.procedure_id, v.version_no desc
  `.execute(db);
  return rows.rows.map((row) =>
    catalogueEntry(row.r, { versionId: row.id, versionNo: row.version_no, fieldOrder: row.field_order }),
  );
}

export class CatalogueIndexCache {
  private snapshot: CatalogueSnapshot | undefined;
  private checkedAt = 0;
  private generation = 0;
  private refreshing: Promise<CatalogueSnapshot> | undefined;

  constructor(
    private readonly db: Reader,
    private readonly options: { checkEveryMs?: number; now?: () => Date } = {},
  ) {}

  /** After a write on this instance: the next read checks the revision instead of waiting for the interval. */
  invalidate(): void {
    this.generation++;
    this.checkedAt = 0;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  async current(): Promise<CatalogueSnapshot> {
    const every = this.options.checkEveryMs ?? CHECK_EVERY_MS;
    if (this.snapshot && this.now().getTime() - this.checkedAt < every) return this.snapshot;
    this.refreshing ??= this.refresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async refresh(): Promise<CatalogueSnapshot> {
    const generation = this.generation;
    const startedAt = this.now().getTime();
    const done = (s: CatalogueSnapshot) => {
      this.snapshot = s;
      // A write invalidated us while we were reading: check again on the next request.
      if (generation === this.generation) this.checkedAt = startedAt;
      return s;
    };
    try {
      // The revision is read before the rows, so a write committed in between is seen by the next check.
      const revision = await readCatalogueRevision(this.db);
      const day = todayInVietnam(this.now());
      const s = this.snapshot;
      if (s && s.revision === revision && s.day === day) return done(s);
      const entries = await loadIndexEntries(this.db, day);
      return done({ index: buildSearchIndex(entries), revision, day });
    } catch (err) {
      // Keep serving the last good index while the database is unreachable; try again after the interval.
      if (this.snapshot) return done(this.snapshot);
      throw err;
    }
  }
}

const caches = new WeakMap<Reader, CatalogueIndexCache>();

/** The index cache of this process for a database. */
export function catalogueIndexFor(db: Reader): CatalogueIndexCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new CatalogueIndexCache(db);
    caches.set(db, cache);
  }
  return cache;
}

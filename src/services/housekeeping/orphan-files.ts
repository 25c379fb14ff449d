/**
 * Uploads nobody will submit: a citizen's draft left untouched for RETENTION.abandonedDraftsMs is deleted with its
 * papers, and a stored file (DATA_DIR/files, named by SHA-256) that no draft paper and no dossier attachment uses
 * any more — and that is older than RETENTION.orphanFilesMs, so an upload in progress is never taken — loses its
 * row and then its bytes on disk. A file still used by a draft or a dossier is never touched (the delete's own
 * `not exists` and the foreign key of the draft papers both keep it). See docs/DECISIONS.md, "Orphaned uploads".
 */
import { unlink } from 'node:fs/promises';
import { sql, type Kysely } from 'kysely';
import { FileStore } from '../../adapters/storage/file-store.js';
import type { Database } from '../../db/schema.js';

/** Stored files that nothing uses and that are older than `before`: their rows deleted, at most `batch`. */
async function deleteUnusedRows(conn: Kysely<Database>, before: Date, batch: number): Promise<string[]> {
  const rows = await sql<{ sha256: string }>`
    delete from stored_files s
     where s.sha256 = any(array(
       select f.sha256 from stored_files f
        where f.created_at < ${before}
          and not exists (select 1 from citizen_draft_files p where p.sha256 = f.sha256)
          and not exists (select 1 from dossier_attachments a where a.sha256 = f.sha256 and a.on_disk)
        limit ${batch}))
    returning s.sha256`.execute(conn);
  return rows.rows.map((r) => r.sha256);
}

/**
 * One batch of orphaned files: rows first (committed), then the bytes — unless the same content was stored again
 * meanwhile (a new row): a file on disk without a row is harmless, a row without its file is not.
 */
export async function collectOrphanFiles(
  conn: Kysely<Database>,
  dataDir: string,
  before: Date,
  batch: number,
): Promise<number> {
  const store = new FileStore(dataDir);
  const gone = await deleteUnusedRows(conn, before, batch);
  for (const sha256 of gone) {
    const back = await conn
      .selectFrom('stored_files')
      .select('sha256')
      .where('sha256', '=', sha256)
      .executeTakeFirst();
    if (!back) await unlink(store.pathOf(sha256)).catch(() => undefined);
  }
  return gone.length;
}

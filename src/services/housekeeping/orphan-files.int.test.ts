/**
 * Orphaned uploads: a draft abandoned for 90 days goes with its papers, and the files nothing uses any more lose
 * their row and their bytes on disk; a file still used — by a submitted dossier, by a live draft, or by both an
 * abandoned and a live draft — is kept, as is an unused upload younger than a day. Without DATA_DIR no file goes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { MS_PER_DAY } from '../../domain/calendar/time-zone.js';
import { FileStore } from '../../adapters/storage/file-store.js';
import type { Submitted, UploadedFile } from '../../contracts/citizen-submission.js';
import { signInCitizen } from '../../http/citizen/citizen-test-utils.js';
import { dataDir, pdf, readyDraft, send, upload } from '../../http/citizen/submission-test-utils.js';
import { runHousekeeping } from '../../jobs/housekeeping.js';

const DATA_DIR = dataDir();
const t = useTestApp({ env: { DATA_DIR } });
const store = new FileStore(DATA_DIR);

const onDisk = (f: UploadedFile) => existsSync(store.pathOf(f.sha256));
const hasRow = async (f: UploadedFile) =>
  !!(await t.database.db
    .selectFrom('stored_files')
    .select('sha256')
    .where('sha256', '=', f.sha256)
    .executeTakeFirst());

describe('orphaned uploads', () => {
  it('collects an abandoned draft’s files after the retention and keeps every file still used', async () => {
    const h = await signInCitizen(t, '0912 300 161');
    const put = async (draftId: string, position: number, data: Buffer) => {
      const res = await upload(
        t,
        `/api/citizen/drafts/${draftId}/files?position=${position}`,
        h,
        'x.pdf',
        data,
      );
      expect(res.statusCode, res.body).toBe(201);
      return res.json<UploadedFile>();
    };
    // A submitted dossier: its three files are the dossier's attachments now.
    const sent = await readyDraft(t, h);
    const used = [await put(sent.id, 1, pdf()), await put(sent.id, 2, pdf()), await put(sent.id, 3, pdf())];
    const done = await send(t, 'POST', `/api/citizen/drafts/${sent.id}/submit`, h);
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json<Submitted>().code).toBeTruthy();
    // An abandoned draft: one file only it has, one it shares with a live draft, one that also is the dossier's.
    const shared = pdf();
    const abandoned = await readyDraft(t, h);
    const lonely = await put(abandoned.id, 1, pdf());
    await put(abandoned.id, 2, shared);
    const copyOfUsed = await put(abandoned.id, 3, readFileSync(store.pathOf(used[0]!.sha256)));
    expect(copyOfUsed.sha256).toBe(used[0]!.sha256);
    const live = await readyDraft(t, h);
    const liveFile = await put(live.id, 2, shared);
    // A file removed from a live draft just now: unused, but younger than a day.
    const fresh = await put(live.id, 1, pdf());
    const removed = await send(t, 'DELETE', `/api/citizen/drafts/${live.id}/files/${fresh.id}`, h);
    expect(removed.statusCode, removed.body).toBe(200);

    const db = t.database.db;
    const old = new Date(Date.now() - 91 * MS_PER_DAY);
    await db.updateTable('citizen_drafts').set({ updated_at: old }).where('id', '=', abandoned.id).execute();
    await db
      .updateTable('stored_files')
      .set({ created_at: old })
      .where('sha256', '!=', fresh.sha256)
      .execute();

    // Without DATA_DIR the draft goes but no file is touched.
    const first = await runHousekeeping(db);
    expect(first).toMatchObject({ skipped: false, abandonedDrafts: 1, orphanFiles: 0 });
    expect(onDisk(lonely) && (await hasRow(lonely))).toBe(true);

    const second = await runHousekeeping(db, { dataDir: DATA_DIR });
    expect(second).toMatchObject({ skipped: false, abandonedDrafts: 0, orphanFiles: 1 });
    expect(await hasRow(lonely)).toBe(false);
    expect(onDisk(lonely)).toBe(false);
    for (const f of [...used, liveFile, fresh]) {
      expect(await hasRow(f), f.fileName).toBe(true);
      expect(onDisk(f), f.fileName).toBe(true);
    }
    const drafts = await db.selectFrom('citizen_drafts').select('id').execute();
    expect(drafts.map((d) => d.id)).toEqual(expect.arrayContaining([sent.id, live.id]));
    expect(drafts.map((d) => d.id)).not.toContain(abandoned.id);

    // A day later the removed upload goes too; the rest stays.
    const later = await runHousekeeping(db, { dataDir: DATA_DIR, now: Date.now() + 2 * MS_PER_DAY });
    expect(later.orphanFiles).toBe(1);
    expect(onDisk(fresh)).toBe(false);
    for (const f of [...used, liveFile]) expect(onDisk(f), f.fileName).toBe(true);
  });
});

/**
 * The citizen's online submission: drafts (owner only, online procedures only), uploads streamed to disk by content
 * (PDF, JPEG, PNG; 10 MB a file, 50 MB a draft; one copy per content) and submit (the dossier through the online
 * intake, its files attached, the SMS queued, idempotent).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { loginAs } from '../../../test/auth.js';
import type { Draft, Submitted, UploadedFile } from '../../contracts/citizen-submission.js';
import type { CitizenDossierList } from '../../contracts/citizen.js';
import { MAX_ATTACHMENT_BYTES } from '../../domain/dossier/attachments.js';
import { runCommand } from '../../db/transaction.js';
import { addDraftFile } from '../../services/citizen/files.js';
import { phoneIdentity } from '../../services/citizen/sessions.js';
import { getAs, signInCitizen, type CitizenHeaders } from './citizen-test-utils.js';
import {
  BIRTH,
  dataDir,
  exe,
  pdf,
  png,
  readyDraft,
  send,
  storedFiles,
  upload,
  UNIT,
} from './submission-test-utils.js';

const DATA_DIR = dataDir();
const t = useTestApp({ env: { DATA_DIR } });
const PHONE = '0912 300 001';
const OTHER = '0912 300 002';

const files = (id: string) => `/api/citizen/drafts/${id}/files`;
/** One sign-in per phone for the file (codes per number are limited). */
const sessions = new Map<string, Promise<CitizenHeaders>>();
const as = (phone: string) => {
  if (!sessions.has(phone)) sessions.set(phone, signInCitizen(t, phone));
  return sessions.get(phone)!;
};

describe('drafts', () => {
  it('starts a draft for an online procedure at a unit that does it, and refuses one not online', async () => {
    const h = await as(PHONE);
    const draft = await readyDraft(t, h);
    expect(draft).toMatchObject({
      procedure: { code: BIRTH, onlineLevel: 'full' },
      unit: UNIT,
      dossierCode: null,
    });
    // The form covers the declaration: the papers to upload are the others needed for these answers.
    expect(draft.papers.map((p) => p.position)).toEqual([1, 2, 3]);
    const yes = await send(t, 'PUT', `/api/citizen/drafts/${draft.id}`, h, { answers: { uy_quyen: 'yes' } });
    expect(yes.json<Draft>().papers.map((p) => p.position)).toEqual([1, 2, 3, 4]);

    const notOnline = await send(t, 'POST', '/api/citizen/drafts', h, { procedureCode: '2.001023' });
    expect(notOnline.statusCode).toBe(400);
    expect(notOnline.json()).toMatchObject({ error: { code: 'ONLINE_NOT_OFFERED', message: /trực tuyến/ } });
    const elsewhere = await send(t, 'POST', '/api/citizen/drafts', h, {
      procedureCode: BIRTH,
      unit: 'H56.99',
    });
    expect(elsewhere.statusCode).toBe(400);

    const list = await getAs(t, '/api/citizen/drafts', h);
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(draft.id);
  });

  it('is its owner’s only: another citizen gets 404, a staff session or none gets 401', async () => {
    const mine = await readyDraft(t, await as(PHONE));
    const other = await as(OTHER);
    for (const res of [
      await getAs(t, `/api/citizen/drafts/${mine.id}`, other),
      await send(t, 'PUT', `/api/citizen/drafts/${mine.id}`, other, { form: [] }),
      await send(t, 'DELETE', `/api/citizen/drafts/${mine.id}`, other),
      await upload(t, files(mine.id) + '?position=1', other, 'a.pdf', pdf()),
      await send(t, 'POST', `/api/citizen/drafts/${mine.id}/submit`, other),
    ]) {
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'DRAFT_NOT_FOUND' } });
    }
    const staff = await loginAs(t.app, 'tiepnhan.dongtien');
    for (const res of [
      await getAs(t, `/api/citizen/drafts/${mine.id}`, staff.headers),
      await send(t, 'POST', '/api/citizen/drafts', staff.headers, { procedureCode: BIRTH }),
      await upload(t, files(mine.id) + '?position=1', staff.headers, 'a.pdf', pdf()),
      await getAs(t, '/api/citizen/documents', {}),
    ]) {
      expect(res.statusCode, res.body).toBe(401);
    }
    // A write with the session but without its CSRF token is refused.
    const { 'x-citizen-csrf': _csrf, ...noCsrf } = other;
    expect((await send(t, 'POST', '/api/citizen/drafts', noCsrf, { procedureCode: BIRTH })).statusCode).toBe(
      403,
    );
  });
});

describe('uploads', () => {
  it('stores a PDF and a PNG by content under their SHA-256, once per content', async () => {
    const h = await as(PHONE);
    const draft = await readyDraft(t, h);
    const a = pdf();
    const up1 = await upload(t, files(draft.id) + '?position=1', h, 'giay-chung-sinh.pdf', a);
    expect(up1.statusCode, up1.body).toBe(201);
    const f1 = up1.json<UploadedFile>();
    expect(f1).toMatchObject({ position: 1, contentType: 'application/pdf', size: a.length, reused: false });
    expect(f1.fileName).toBe('giay-chung-sinh.pdf');
    const onDisk = path.join(DATA_DIR, 'files', f1.sha256.slice(0, 2), f1.sha256.slice(2, 4), f1.sha256);
    expect(existsSync(onDisk)).toBe(true);
    // A PNG named .pdf is a PNG: the type comes from the bytes.
    const up2 = await upload(t, files(draft.id) + '?position=2', h, 'cccd.pdf', png());
    expect(up2.json<UploadedFile>()).toMatchObject({ contentType: 'image/png', fileName: 'cccd.png' });
    const before = storedFiles(DATA_DIR).length;
    const again = await upload(t, files(draft.id) + '?position=3', h, 'lai.pdf', a);
    expect(again.json<UploadedFile>().sha256).toBe(f1.sha256);
    expect(storedFiles(DATA_DIR).length).toBe(before);
  });

  it('refuses a program named .pdf in Vietnamese, and keeps nothing', async () => {
    const h = await as(PHONE);
    const draft = await readyDraft(t, h);
    const before = storedFiles(DATA_DIR);
    const res = await upload(t, files(draft.id) + '?position=1', h, 'giay-to.pdf', exe());
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'FILE_TYPE', message: /Chỉ nhận tệp PDF, JPEG hoặc PNG/ },
    });
    expect(storedFiles(DATA_DIR)).toEqual(before);
  });

  it('answers 413 in the JSON shape over 10 MB, stopping the stream and leaving no file on disk', async () => {
    const h = await as(PHONE);
    const draft = await readyDraft(t, h);
    const before = storedFiles(DATA_DIR);
    const res = await upload(
      t,
      files(draft.id) + '?position=1',
      h,
      'lon.pdf',
      pdf(MAX_ATTACHMENT_BYTES + 1 - 9),
    );
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: 'FILE_TOO_LARGE', message: /10 MB/ } });
    expect(storedFiles(DATA_DIR)).toEqual(before);
    expect((await getAs(t, `/api/citizen/drafts/${draft.id}`, h)).json<Draft>().files).toEqual([]);
  });

  it('caps a draft at 50 MB (413)', async () => {
    const h = await as(PHONE);
    const draft = await readyDraft(t, h);
    const big = pdf(MAX_ATTACHMENT_BYTES - 9);
    for (let i = 0; i < 5; i++) {
      const res = await upload(t, files(draft.id) + '?position=1', h, `phan-${i}.pdf`, big);
      expect(res.statusCode, res.body).toBe(201);
    }
    const over = await upload(t, files(draft.id) + '?position=2', h, 'them.pdf', pdf(10));
    expect(over.statusCode).toBe(413);
    expect(over.json()).toMatchObject({ error: { code: 'SUBMISSION_TOO_LARGE', message: /50 MB/ } });
    expect((await getAs(t, `/api/citizen/drafts/${draft.id}`, h)).json<Draft>().totalBytes).toBe(
      5 * MAX_ATTACHMENT_BYTES,
    );
  });

  it('counts the 50 MB again under the draft’s lock: a file that no longer fits is not recorded', async () => {
    const h = await as(PHONE);
    const draft = await readyDraft(t, h);
    const owner = { ...phoneIdentity('+84912300001'), requestId: 'test' };
    // Files already in the store (their bytes are not needed here), recorded as the route does after its check.
    const stored = (n: number) => ({
      sha256: createHash('sha256').update(`lock-${draft.id}-${n}`).digest('hex'),
      size: MAX_ATTACHMENT_BYTES - 9,
      contentType: 'application/pdf' as const,
      position: 1,
      fileName: `phan-${n}.pdf`,
    });
    const db = t.database.db;
    const results = await Promise.allSettled(
      [0, 1, 2, 3, 4, 5, 6].map((n) => runCommand(db, addDraftFile, owner, draft.id, stored(n))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    for (const r of results.filter((r) => r.status === 'rejected')) {
      expect(r.reason).toMatchObject({ code: 'SUBMISSION_TOO_LARGE' });
    }
    const rows = await db
      .selectFrom('citizen_draft_files')
      .select('sha256')
      .where('draft_id', '=', draft.id)
      .execute();
    expect(rows).toHaveLength(5);
    const kept = await db
      .selectFrom('stored_files')
      .select('sha256')
      .where(
        'sha256',
        'in',
        [0, 1, 2, 3, 4, 5, 6].map((n) => stored(n).sha256),
      )
      .execute();
    expect(kept.map((k) => k.sha256).sort()).toEqual(rows.map((r) => r.sha256).sort());
  });
});

describe('submit', () => {
  it('needs every paper, then creates the online dossier with its files and an SMS, once', async () => {
    const h = await as(PHONE);
    const draft = await readyDraft(t, h);
    const submit = () => send(t, 'POST', `/api/citizen/drafts/${draft.id}/submit`, h);
    await upload(t, files(draft.id) + '?position=1', h, 'chung-sinh.pdf', pdf());
    const early = await submit();
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({
      error: { code: 'DOCUMENTS_MISSING', message: /Còn thiếu giấy tờ/ },
    });
    await upload(t, files(draft.id) + '?position=2', h, 'cccd.png', png());
    await upload(t, files(draft.id) + '?position=3', h, 'cu-tru.pdf', pdf());

    const [first, second] = await Promise.all([submit(), submit()]);
    expect(first.statusCode, first.body).toBe(201);
    expect(second.statusCode, second.body).toBe(201);
    const done = first.json<Submitted>();
    expect(second.json<Submitted>().code).toBe(done.code);
    expect(done).toMatchObject({ status: 'submitted', next: /tiếp nhận/ });
    const retry = await submit();
    expect(retry.json<Submitted>().code).toBe(done.code);

    const db = t.database.db;
    const dossier = await db
      .selectFrom('dossiers as d')
      .innerJoin('persons as p', 'p.id', 'd.applicant_id')
      .select(['d.id', 'd.channel', 'd.status', 'p.phone', 'p.full_name', 'd.declaration'])
      .where('d.code', '=', done.code)
      .executeTakeFirstOrThrow();
    expect(dossier).toMatchObject({ channel: 'online', status: 'submitted', phone: '+84912300001' });
    expect(JSON.stringify(dossier.declaration)).toContain('Nguyễn Minh An');
    expect(await db.selectFrom('dossiers').where('code', '=', done.code).select('id').execute()).toHaveLength(
      1,
    );
    const sms = await db
      .selectFrom('notifications')
      .select(['body', 'recipient'])
      .where('dossier_id', '=', dossier.id)
      .execute();
    expect(sms).toHaveLength(1);
    expect(sms[0]!.body).toContain(done.code);

    // The officer sees the files in the dossier's attachments and reads them from disk.
    const officer = await loginAs(t.app, 'tiepnhan.dongtien');
    const list = await getAs(t, `/api/dossiers/${done.code}/attachments`, officer.headers);
    const attached = list.json<{ id: string; position: number; uploadedByName: string }[]>();
    expect(attached.map((a) => a.position).sort()).toEqual([1, 2, 3]);
    expect(attached[0]!.uploadedByName).toBe('Lê Thị Hoa');
    const read = await getAs(t, `/api/dossiers/${done.code}/attachments/${attached[0]!.id}`, officer.headers);
    expect(read.statusCode).toBe(200);
    expect(['%PDF', '\x89PNG']).toContain(read.rawPayload.subarray(0, 4).toString('latin1'));

    // Listed in "Hồ sơ của tôi"; the draft is no longer listed nor editable.
    const mine = (await getAs(t, '/api/citizen/dossiers', h)).json<CitizenDossierList>();
    expect(mine.items.map((i) => i.code)).toContain(done.code);
    const drafts = (await getAs(t, '/api/citizen/drafts', h)).json<{ items: { id: string }[] }>();
    expect(drafts.items.map((i) => i.id)).not.toContain(draft.id);
    const edit = await send(t, 'PUT', `/api/citizen/drafts/${draft.id}`, h, { form: [] });
    expect(edit.statusCode).toBe(409);
  });

  it('checks the form against the declaration template', async () => {
    const h = await as(PHONE);
    const draft = await readyDraft(t, h);
    await send(t, 'PUT', `/api/citizen/drafts/${draft.id}`, h, {
      form: [{ key: 'childBirthDate', value: '31/02/2026' }],
    });
    for (const p of [1, 2, 3]) await upload(t, files(draft.id) + `?position=${p}`, h, 'x.pdf', pdf());
    const res = await send(t, 'POST', `/api/citizen/drafts/${draft.id}/submit`, h);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', message: /Tờ khai/ } });
  });
});

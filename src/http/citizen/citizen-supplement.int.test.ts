/**
 * "Giấy tờ của tôi" and the supplement sent online: the citizen's earlier files listed and reused by reference (the
 * same stored content); a dossier waiting for a supplement takes the citizen's uploads, which the officer sees;
 * another status is a 409, another person's dossier a 404.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { loginAs } from '../../../test/auth.js';
import type { MyDocuments, SupplementSent, UploadedFile } from '../../contracts/citizen-submission.js';
import { getAs, signInCitizen } from './citizen-test-utils.js';
import { dataDir, exe, pdf, readyDraft, send, storedFiles, upload } from './submission-test-utils.js';

const DATA_DIR = dataDir();
const t = useTestApp({ env: { DATA_DIR } });
/** The demo applicant whose birth registration at Đông Tiến waits for a supplement (the birth certificate). */
const WAITING = '0357 880 142';

async function waitingDossier(waiting = true) {
  return t.database.db
    .selectFrom('dossiers as d')
    .innerJoin('persons as p', 'p.id', 'd.applicant_id')
    .select(['d.code', 'd.id', 'd.version'])
    .where('p.phone', '=', '+84357880142')
    .$if(waiting, (q) => q.where('d.status', '=', 'supplement_requested'))
    .executeTakeFirstOrThrow();
}

describe('supplement online', () => {
  it('takes the citizen’s files while the dossier waits, shows them to the officer, and marks them sent', async () => {
    const h = await signInCitizen(t, WAITING);
    const { code, version } = await waitingDossier();
    const url = `/api/citizen/dossiers/${code}/supplement`;
    const empty = await send(t, 'POST', `${url}/sent`, h);
    expect(empty.json()).toMatchObject({ error: { code: 'SUPPLEMENT_EMPTY' } });
    const bad = await upload(t, `${url}/files?position=1`, h, 'giay.pdf', exe());
    expect(bad.statusCode).toBe(400);
    const res = await upload(t, `${url}/files?position=1`, h, 'giay-chung-sinh.pdf', pdf());
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json<UploadedFile>();
    const sent = await send(t, 'POST', `${url}/sent`, h);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json<SupplementSent>()).toMatchObject({ code, files: 1 });

    const officer = await loginAs(t.app, 'tiepnhan.dongtien');
    const list = await getAs(t, `/api/dossiers/${code}/attachments`, officer.headers);
    expect(list.json<{ id: string }[]>().map((a) => a.id)).toContain(file.id);
    // The officer receives the supplement as today; the dossier then takes no more uploads from the citizen.
    const received = await t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${code}/actions`,
      ...officer,
      payload: {
        action: 'receive_supplement',
        expectedVersion: version,
        idempotencyKey: randomUUID(),
        note: 'Công dân nộp bổ sung trực tuyến giấy chứng sinh',
      },
    });
    expect(received.statusCode, received.body).toBe(200);
    const late = await upload(t, `${url}/files?position=1`, h, 'muon.pdf', pdf());
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: 'NOT_WAITING_FOR_SUPPLEMENT' } });
  });

  it('is the applicant’s only: another citizen gets 404, no session 401', async () => {
    const { code } = await waitingDossier(false);
    const other = await signInCitizen(t, '0912 400 001');
    const res = await upload(
      t,
      `/api/citizen/dossiers/${code}/supplement/files?position=1`,
      other,
      'a.pdf',
      pdf(),
    );
    expect(res.statusCode).toBe(404);
    const sent = await send(t, 'POST', `/api/citizen/dossiers/${code}/supplement/sent`, other);
    expect(sent.statusCode).toBe(404);
    const none = await upload(
      t,
      `/api/citizen/dossiers/${code}/supplement/files?position=1`,
      {},
      'a.pdf',
      pdf(),
    );
    expect(none.statusCode).toBe(401);
  });
});

describe('Giấy tờ của tôi', () => {
  it('lists the citizen’s earlier files and reuses one in a draft by reference', async () => {
    const h = await signInCitizen(t, '0912 400 002');
    const draft = await readyDraft(t, h);
    const base = `/api/citizen/drafts/${draft.id}`;
    for (const p of [1, 2, 3]) await upload(t, `${base}/files?position=${p}`, h, `giay-${p}.pdf`, pdf());
    const done = await send(t, 'POST', `${base}/submit`, h);
    expect(done.statusCode, done.body).toBe(201);

    const docs = (await getAs(t, '/api/citizen/documents', h)).json<MyDocuments>();
    expect(docs.items).toHaveLength(3);
    expect(docs.items[0]).toMatchObject({
      contentType: 'application/pdf',
      dossier: { code: done.json<{ code: string }>().code },
    });
    expect(docs.items.map((d) => d.paper)).toContain('Giấy chứng sinh');
    // Another citizen sees none of them and cannot reuse them.
    const other = await signInCitizen(t, '0912 400 003');
    expect((await getAs(t, '/api/citizen/documents', other)).json<MyDocuments>().items).toEqual([]);
    const theirs = await readyDraft(t, other);
    const stolen = await send(t, 'POST', `/api/citizen/drafts/${theirs.id}/files/reuse`, other, {
      position: 1,
      documentId: docs.items[0]!.id,
    });
    expect(stolen.statusCode).toBe(404);

    const next = await readyDraft(t, h);
    const before = storedFiles(DATA_DIR).length;
    const reused = await send(t, 'POST', `/api/citizen/drafts/${next.id}/files/reuse`, h, {
      position: 3,
      documentId: docs.items[0]!.id,
    });
    expect(reused.statusCode, reused.body).toBe(201);
    expect(reused.json<UploadedFile>()).toMatchObject({ reused: true, sha256: docs.items[0]!.sha256 });
    expect(storedFiles(DATA_DIR).length).toBe(before);
  });
});

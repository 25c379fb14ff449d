/**
 * Scans at a service point: the helper uploads a photo or scan of a paper (checked by content, helpers only),
 * names it in the submission with the citizen's answers to the case questions, and the unit's officer finds it
 * among the dossier's attachments, uploaded by the helper, with the paper received; a scan that was never stored,
 * or one for the declaration the e-form covers, is refused.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import type { HelperFile } from '../../contracts/service-points.js';
import { dataDir, exe, multipart, pdf, png } from '../citizen/submission-test-utils.js';

const t = useTestApp({ env: { DATA_DIR: dataDir() } });
const SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function scan(who: Partial<LoggedIn>, name: string, data: Buffer) {
  const body = multipart(name, data);
  return t.app.inject({
    method: 'POST',
    url: '/api/service-point/files',
    headers: { ...who.headers, ...body.headers },
    payload: body.payload,
  });
}

const submit = (who: LoggedIn, files: unknown[], phone = '0915100051') =>
  t.app.inject({
    method: 'POST',
    url: '/api/service-point/dossiers',
    ...who,
    payload: {
      procedureCode: '1.001193',
      applicant: { name: 'Lò Thị Năm', phone, idNumber: '038195099051' },
      documents: [{ index: 0, originals: 1, copies: 0 }],
      answers: { uy_quyen: 'no', tre_bo_roi: 'no', mang_thai_ho: 'no', sinh_ngoai_co_so_y_te: 'no' },
      files,
      consent: { method: 'signature', png: SIGNATURE },
    },
  });

describe('scans at a service point', () => {
  it('are uploaded by the helper, attached to the submission and seen by the officer', async () => {
    const helper = await loginAs(t.app, 'hotro.dongtien');
    const first = await scan(helper, 'giay-chung-sinh.jpg', png());
    expect(first.statusCode, first.body).toBe(201);
    const certificate = first.json<HelperFile>();
    expect(certificate).toMatchObject({
      contentType: 'image/png',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
    });
    const id = (await scan(helper, 'can-cuoc.pdf', pdf())).json<HelperFile>();
    const wrong = await scan(helper, 'giay.pdf', exe());
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { message: expect.any(String) as string } });

    const res = await submit(helper, [
      { position: 1, sha256: certificate.sha256, fileName: certificate.fileName },
      { position: 2, sha256: id.sha256, fileName: id.fileName },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const code = res.json<{ code: string }>().code;

    const officer = await loginAs(t.app, 'tiepnhan.dongtien');
    const list = await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}/attachments`, ...officer });
    const attached = list.json<{ id: string; position: number; uploadedByName: string; sha256: string }[]>();
    expect(attached.map((a) => a.position).sort()).toEqual([1, 2]);
    expect(attached.find((a) => a.position === 1)!.sha256).toBe(certificate.sha256);
    const helperName = (
      await t.database.db
        .selectFrom('staff')
        .select('full_name')
        .where('username', '=', 'hotro.dongtien')
        .executeTakeFirstOrThrow()
    ).full_name;
    expect(attached[0]!.uploadedByName).toBe(helperName);
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${code}/attachments/${attached[0]!.id}`,
      ...officer,
    });
    expect(read.statusCode).toBe(200);
    const detail = await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}`, ...officer });
    const docs = detail.json<{
      documents: { position: number; state: string }[];
      origin: { answers: string[] };
    }>();
    expect(docs.documents.filter((d) => d.state === 'received').map((d) => d.position)).toEqual(
      expect.arrayContaining([0, 1, 2]),
    );
    expect(docs.origin.answers.length).toBe(4);
  });

  it('refuses a scan never stored and one for the declaration the e-form covers', async () => {
    const helper = await loginAs(t.app, 'hotro.dongtien');
    const unknown = await submit(helper, [{ position: 1, sha256: 'a'.repeat(64), fileName: 'x.pdf' }]);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: { message: /tải lại/ } });
    const stored = (await scan(helper, 'to-khai.pdf', pdf())).json<HelperFile>();
    const form = await submit(helper, [{ position: 0, sha256: stored.sha256, fileName: 'to-khai.pdf' }]);
    expect(form.statusCode).toBe(400);
  });

  it('are for helpers only: an officer is refused (403), no session 401', async () => {
    const officer = await loginAs(t.app, 'tiepnhan.dongtien');
    expect((await scan(officer, 'a.pdf', pdf())).statusCode).toBe(403);
    expect((await scan({}, 'a.pdf', pdf())).statusCode).toBe(401);
  });
});

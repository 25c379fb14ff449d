/**
 * Scans attached to a dossier: the body is the file; its type is decided by its bytes; size capped; only the
 * dossier's own officers attach; who may see the dossier may read them back byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { key, useDossierApp, type Detail, type Failure } from './dossier-test-utils.js';

const { ctx, receiveBirth } = useDossierApp();

const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

const upload = (code: string, body: Buffer, type: string, user = 'tiepnhan.dongtien', query = '') =>
  ctx.t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${code}/attachments${query}`,
    headers: { ...ctx.as[user]!.headers, 'content-type': type },
    payload: body,
  });

describe('attachments', () => {
  it('attaches a scan to a checklist document and gives it back byte for byte, with a Vietnamese file name', async () => {
    const code = await receiveBirth();
    const name = encodeURIComponent('Giấy chứng sinh.pdf');
    const res = await upload(code, pdf, 'application/pdf', 'tiepnhan.dongtien', `?position=1&name=${name}`);
    expect(res.statusCode, res.body).toBe(201);
    const info = res.json<{
      id: string;
      fileName: string;
      size: number;
      position: number;
      uploadedByName: string;
    }>();
    expect(info).toMatchObject({ fileName: 'Giấy chứng sinh.pdf', size: pdf.length, position: 1 });

    const detail = await ctx.t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${code}`,
      ...ctx.as['chuyenvien.dongtien'],
    });
    expect(detail.json<Detail>().attachments.map((a) => a.id)).toEqual([info.id]);

    const file = await ctx.t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${code}/attachments/${info.id}`,
      ...ctx.as['lanhdao.dongtien'],
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Giấy chứng sinh.pdf')}`,
    );
    expect(file.rawPayload.equals(pdf)).toBe(true);
  });

  it('decides the type from the bytes: a PNG sent as PDF is stored as PNG, an executable is refused', async () => {
    const code = await receiveBirth();
    const res = await upload(code, png, 'application/pdf', 'tiepnhan.dongtien', '?name=anh.pdf');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<{ contentType: string; fileName: string }>()).toMatchObject({
      contentType: 'image/png',
      fileName: 'anh.png',
    });
    const exe = await upload(code, Buffer.from('MZ\x90\x00 not a scan'), 'image/jpeg');
    expect(exe.statusCode).toBe(400);
    expect(exe.json<Failure>().error.code).toBe('ATTACHMENT_TYPE');
    const html = await upload(code, Buffer.from('<html></html>'), 'text/html');
    expect(html.statusCode).toBe(415);
    expect(html.json<Failure>().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses an empty file, a file over 10 MB, and a document position the dossier does not have', async () => {
    const code = await receiveBirth();
    expect((await upload(code, Buffer.alloc(0), 'application/pdf')).statusCode).toBe(400);
    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024 + 2048)]);
    const tooBig = await upload(code, big, 'application/pdf');
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json<Failure>().error.code).toBe('PAYLOAD_TOO_LARGE');
    const badPosition = await upload(code, pdf, 'application/pdf', 'tiepnhan.dongtien', '?position=42');
    expect(badPosition.statusCode).toBe(400);
    expect(badPosition.json<Failure>().error.fields?.[0]?.field).toBe('position');
  });

  it('lets only the dossier’s own units attach and read', async () => {
    const code = await receiveBirth();
    const anonymous = await ctx.t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${code}/attachments`,
      headers: { 'content-type': 'application/pdf' },
      payload: pdf,
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await upload(code, pdf, 'application/pdf', 'admin.dongkhe')).statusCode).toBe(403);
    expect((await upload(code, pdf, 'application/pdf', 'chuyenvien.thue')).statusCode).toBe(403);
    const ok = await upload(code, pdf, 'application/pdf', 'chuyenvien.dongtien');
    expect(ok.statusCode).toBe(201);
    const list = await ctx.t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${code}/attachments`,
      ...ctx.as['chuyenvien.thue'],
    });
    expect(list.statusCode).toBe(403);
    const id = ok.json<{ id: string }>().id;
    const read = await ctx.t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${code}/attachments/${id}`,
      ...ctx.as['admin.dongkhe'],
    });
    expect(read.statusCode).toBe(403);
    const audit = await ctx.t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', code)
      .where('action', '=', 'dossier.attach')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('names the scans an action relied on in the history, and refuses another dossier’s scan', async () => {
    const a = await receiveBirth();
    const b = await receiveBirth();
    const mine = (await upload(a, pdf, 'application/pdf', 'tiepnhan.dongtien', '?name=bien-ban.pdf')).json<{
      id: string;
    }>().id;
    const theirs = (await upload(b, pdf, 'application/pdf')).json<{ id: string }>().id;
    const act = (attachmentIds: string[]) =>
      ctx.t.app.inject({
        method: 'POST',
        url: `/api/dossiers/${a}/actions`,
        ...ctx.as['lanhdao.dongtien'],
        payload: { action: 'assign', expectedVersion: 1, idempotencyKey: key(), attachmentIds },
      });
    const foreign = await act([mine, theirs]);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json<Failure>().error.fields?.[0]?.field).toBe('attachmentIds[1]');
    const ok = await act([mine]);
    expect(ok.statusCode, ok.body).toBe(200);
    const detail = await ctx.t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${a}`,
      ...ctx.as['lanhdao.dongtien'],
    });
    expect(detail.json<Detail>().history.at(-1)!.data.attachments).toEqual([
      { id: mine, fileName: 'bien-ban.pdf' },
    ]);
  });
});

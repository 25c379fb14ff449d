/**
 * Invalid text never reaches the database: a NUL character or an unpaired surrogate anywhere in a request's input
 * is refused with 400 INVALID_TEXT naming the field; what Node's HTTP parser refuses (over-long URL or headers) and
 * an over-large body answer in the same {error:{code,message}} shape.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../test/app.js';
import { loginAs, type LoggedIn } from '../../test/auth.js';
import { birth, key } from './dossier/dossier-test-utils.js';

let t: TestApp;
let as: LoggedIn;
beforeAll(async () => {
  t = await openTestApp({ demo: true });
  as = await loginAs(t.app, 'tiepnhan.dongtien');
});
afterAll(() => t.close());

interface Refusal {
  error: { code: string; message: string; field?: string };
}

function expectInvalidText(res: { statusCode: number; body: string; json<T>(): T }, field: string) {
  expect(res.statusCode, res.body).toBe(400);
  const { error } = res.json<Refusal>();
  expect(error).toMatchObject({ code: 'INVALID_TEXT', field });
  expect(error.message).toContain(field);
  expect(error.message).toMatch(/không hợp lệ/);
}

describe('the text guard', () => {
  it('refuses NUL in a path parameter and in the query string', async () => {
    expectInvalidText(await t.app.inject({ url: '/api/track/%00?phone=5678' }), 'code');
    expectInvalidText(await t.app.inject({ url: '/api/track/H56.10.01-261207-0001?phone=56%0078' }), 'phone');
    expectInvalidText(await t.app.inject({ url: '/api/procedures?q=khai%00sinh' }), 'q');
  });

  it('refuses NUL in a login username and an unpaired surrogate in a password', async () => {
    const nul = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin\u0000.tinh', password: 'x' },
    });
    expectInvalidText(nul, 'username');
    const surrogate = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":"admin.tinh","password":"ab\\ud800c"}',
    });
    expectInvalidText(surrogate, 'password');
  });

  it('refuses NUL deep in an intake body, naming the field, and writes nothing', async () => {
    const before = await t.database.db
      .selectFrom('dossiers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const name = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      ...as,
      payload: {
        ...birth({ applicant: { name: 'Lê Thị\u0000 Hoa', phone: '0912345678' } }),
        idempotencyKey: key(),
      },
    });
    expectInvalidText(name, 'applicant.name');
    const declaration = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      ...as,
      payload: {
        ...birth({ assisted: true, declaration: [{ key: 'childName', value: 'An\udc00' }] }),
        idempotencyKey: key(),
      },
    });
    expectInvalidText(declaration, 'declaration[0].value');
    const after = await t.database.db
      .selectFrom('dossiers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses NUL in a cookie and in an object key', async () => {
    expectInvalidText(
      await t.app.inject({ url: '/api/auth/me', headers: { cookie: 'motcua_session=a%00b' } }),
      'cookie.motcua_session',
    );
    const keyed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":"a","password":"b","x\\u0000":1}',
    });
    expectInvalidText(keyed, 'x\u0000');
  });

  it('lets ordinary Vietnamese text, emoji and paired surrogates through', async () => {
    const res = await t.app.inject({
      url: `/api/procedures?q=${encodeURIComponent('khai sinh 👶 Đông Tiến')}`,
    });
    expect(res.statusCode).toBe(200);
  });

  it('answers an over-large body 413 in the error shape', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'a', password: 'x'.repeat(3 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json<Refusal>().error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe("Node's HTTP parser refusals on a real socket", () => {
  let port: number;
  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as net.AddressInfo).port;
  });

  /** Sends raw bytes and reads the whole answer until the server closes the connection. */
  function raw(request: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString('utf8')));
      socket.on('error', reject);
      socket.on('close', () => {
        const [head, ...rest] = data.split('\r\n\r\n');
        resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head ?? '')?.[1]), body: rest.join('\r\n\r\n') });
      });
      socket.end(request);
    });
  }

  it('answers headers that are too large 431 with our error body', async () => {
    const res = await raw(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'HEADERS_TOO_LARGE' } });
  });

  it('answers an URL that is too long 414 with our error body', async () => {
    const res = await raw(`GET /api/procedures?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(res.status).toBe(414);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'URL_TOO_LONG' } });
  });

  it('answers a malformed request 400 with our error body', async () => {
    const res = await raw('GARBAGE\r\n\r\n');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({
      error: { code: 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ.' },
    });
  });
});

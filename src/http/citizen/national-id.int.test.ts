/**
 * The national-identity sign-in against a local OpenID Connect provider (test/identity-provider.ts): the person
 * linked by ID number (their dossiers appear), by verified phone and name, or created; a citizen session like the
 * phone sign-in's, never a staff one; the state checked; a cancelled sign-in, a missing ID number and an expired
 * sign-in sent back to the sign-in page; the audit rows and the log free of the ID number.
 */
import { afterAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openTestApp, useTestApp } from '../../../test/app.js';
import { startIdentityProvider } from '../../../test/identity-provider.js';
import type { CitizenDossierList, CitizenMe } from '../../contracts/citizen.js';
import { DEMO_TRACKING_PHONE } from '../../services/demo-data/dossiers-data.js';
import { getAs, signInCitizen } from './citizen-test-utils.js';
import {
  atProvider,
  nationalIdCallback,
  signInNationalId,
  startNationalIdLogin,
} from './national-id-test-utils.js';

const MAI_ID = '038196000101';
const NEW_ID = '001099012345';
const HOA_ID = '027188004321';
const HOA_PHONE = '+84398111222';

const idp = await startIdentityProvider({
  redirectUri: 'http://motcua.test/api/citizen/auth/oidc/callback',
  accounts: {
    // The demo applicant of the tracking phone (README.md): known by her ID number.
    mai: {
      citizen_pid: MAI_ID,
      name: 'Nguyễn Thị Thanh Mai',
      birthdate: '1996-03-14',
      phone_number: '+84912345678',
      phone_number_verified: true,
    },
    // Nobody motcua knows, without a phone.
    moi: { citizen_pid: NEW_ID, name: 'Trần Văn Mới', birthdate: '1999-01-02' },
    // Recorded at the desk with her phone but no ID number (set up below), the name in other capitals.
    hoa: {
      citizen_pid: HOA_ID,
      name: 'LÊ THỊ  HOA',
      phone_number: '0398 111 222',
      phone_number_verified: true,
    },
  },
});
afterAll(() => idp.close());
const lines: string[] = [];
const t = useTestApp({
  env: { ...idp.env, LOG_LEVEL: 'trace' },
  logStream: { write: (line) => void lines.push(line) },
});

const errorOf = (res: { json: <T>() => T }) => res.json<{ error: { code: string; message: string } }>().error;
const me = async (headers: Record<string, string>) => {
  const res = await getAs(t, '/api/citizen/me', headers);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CitizenMe>();
};
const dossiers = async (headers: Record<string, string>) =>
  (await getAs(t, '/api/citizen/dossiers', headers)).json<CitizenDossierList>();

describe('national-identity sign-in', () => {
  it('offers the national identity, and starts with PKCE, state and nonce', async () => {
    expect((await getAs(t, '/api/citizen/auth/methods', {})).json()).toEqual({
      phone: true,
      nationalId: true,
    });
    const { authorizationUrl } = await startNationalIdLogin(t);
    expect(authorizationUrl.origin).toBe(idp.issuer);
    const q = authorizationUrl.searchParams;
    expect(q.get('response_type')).toBe('code');
    expect(q.get('client_id')).toBe('motcua');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('redirect_uri')).toBe('http://motcua.test/api/citizen/auth/oidc/callback');
    for (const p of ['code_challenge', 'state', 'nonce']) expect(q.get(p)?.length).toBeGreaterThan(20);
    expect(q.get('scope')).toBe('openid profile phone');
  });

  it('links a known person by ID number: their name, masked ID number and dossiers', async () => {
    const { location, headers, response } = await signInNationalId(t, 'mai');
    expect(location).toBe('/cong-dan/ho-so');
    const session = response.cookies.find((c) => c.name === 'motcua_citizen')!;
    expect(session).toMatchObject({ httpOnly: true, path: '/api/citizen', sameSite: 'Strict' });
    // The pending sign-in is over.
    expect(response.cookies.find((c) => c.name === 'motcua_citizen_oidc')?.value).toBe('');
    expect(await me(headers!)).toEqual({
      phone: '0912345678',
      fullName: 'Nguyễn Thị Thanh Mai',
      idNumber: '038••••••101',
      verifiedBy: ['national-id', 'phone'],
    });
    // The same dossiers as her phone sign-in shows.
    const byPhone = await dossiers(await signInCitizen(t, DEMO_TRACKING_PHONE));
    const mine = await dossiers(headers!);
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.map((d) => d.code).sort()).toEqual(byPhone.items.map((d) => d.code).sort());
    // Her own dossier's page opens; to someone linked to another person it does not exist.
    const code = mine.items[0]!.code;
    expect((await getAs(t, `/api/citizen/dossiers/${code}`, headers!)).statusCode).toBe(200);
    const stranger = await signInNationalId(t, 'moi');
    expect((await getAs(t, `/api/citizen/dossiers/${code}`, stranger.headers!)).statusCode).toBe(404);
  });

  it('creates a person nobody knew, without a phone, and sends the browser to the page asked for', async () => {
    const { location, headers } = await signInNationalId(t, 'moi', '?next=/cong-dan/ho-so');
    expect(location).toBe('/cong-dan/ho-so');
    expect(await me(headers!)).toEqual({
      fullName: 'Trần Văn Mới',
      idNumber: '001••••••345',
      verifiedBy: ['national-id'],
    });
    expect(await dossiers(headers!)).toEqual({ items: [], total: 0 });
    const person = await t.database.db
      .selectFrom('persons')
      .select(['full_name', 'phone'])
      .where('id_number', '=', NEW_ID)
      .executeTakeFirstOrThrow();
    expect(person).toEqual({ full_name: 'Trần Văn Mới', phone: null });
    // Signing in again links the same person.
    const again = await signInNationalId(t, 'moi', '?next=https://evil.example/');
    expect(again.location).toBe('/cong-dan/ho-so');
    const count = await t.database.db
      .selectFrom('persons')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('id_number', '=', NEW_ID)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('links by verified phone and the same name, recording the ID number; not a namesake of another name', async () => {
    const db = t.database.db;
    const [hoa, brother] = await db
      .insertInto('persons')
      .values([
        { full_name: 'Lê Thị Hoa', phone: HOA_PHONE },
        { full_name: 'Lê Văn Hùng', phone: HOA_PHONE },
      ])
      .returning('id')
      .execute();
    const { headers } = await signInNationalId(t, 'hoa');
    expect(await me(headers!)).toMatchObject({
      fullName: 'Lê Thị Hoa',
      verifiedBy: ['national-id', 'phone'],
    });
    const rows = await db
      .selectFrom('persons')
      .select(['id', 'id_number'])
      .where('phone', '=', HOA_PHONE)
      .execute();
    expect(rows.find((r) => r.id === hoa!.id)?.id_number).toBe(HOA_ID);
    expect(rows.find((r) => r.id === brother!.id)?.id_number).toBeNull();
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'data', 'subject_person_id', 'actor_name'])
      .where('action', 'in', ['citizen.person.linked', 'citizen.login'])
      .where('subject_person_id', '=', hoa!.id)
      .execute();
    const dataOf = (action: string) => {
      const data = audit.find((a) => a.action === action)?.data;
      return typeof data === 'string' ? (JSON.parse(data) as unknown) : data;
    };
    expect(dataOf('citizen.person.linked')).toEqual({ by: 'phone' });
    expect(dataOf('citizen.login')).toEqual({ method: 'national-id', verifiedBy: ['national-id', 'phone'] });
    expect(audit.find((a) => a.action === 'citizen.login')?.actor_name).toBe('Công dân 03xxxxx222');
  });

  it('is a citizen session, never a staff one', async () => {
    const { headers } = await signInNationalId(t, 'mai');
    const staff = await getAs(t, '/api/auth/me', headers!);
    expect(staff.statusCode).toBe(401);
    const row = await t.database.db
      .selectFrom('citizen_sessions')
      .select(['verified_by', 'person_id', 'phone'])
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ verified_by: ['national-id', 'phone'], phone: '+84912345678' });
    expect(row.person_id).toBeTruthy();
    // Its writes need its own CSRF token, like the phone sign-in's.
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/citizen/auth/logout',
      headers: { cookie: headers!.cookie },
    });
    expect(out.statusCode).toBe(403);
  });

  it('refuses a callback whose state is not the pending one, or without a pending sign-in', async () => {
    const first = await startNationalIdLogin(t);
    const other = await startNationalIdLogin(t);
    const back = await atProvider(first.authorizationUrl, 'mai');
    for (const cookie of [other.cookie, '']) {
      const res = await nationalIdCallback(t, back, cookie);
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('/cong-dan/dang-nhap?loi=state');
      expect(res.cookies.find((c) => c.name === 'motcua_citizen')).toBeUndefined();
    }
    // A tampered cookie is no pending sign-in either.
    const tampered = first.cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await nationalIdCallback(t, back, tampered)).headers.location).toBe(
      '/cong-dan/dang-nhap?loi=state',
    );
  });

  it('sends a cancelled sign-in back to the sign-in page', async () => {
    const started = await startNationalIdLogin(t);
    const back = await atProvider(started.authorizationUrl, 'abort');
    expect(back.searchParams.get('error')).toBe('access_denied');
    const res = await nationalIdCallback(t, back, started.cookie);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/cong-dan/dang-nhap?loi=denied');
    expect(res.cookies.find((c) => c.name === 'motcua_citizen')).toBeUndefined();
  });

  it('refuses an identity without a personal identification number', async () => {
    const { location, headers } = await signInNationalId(t, 'khong-co-so-dinh-danh');
    expect(location).toBe('/cong-dan/dang-nhap?loi=claims');
    expect(headers).toBeNull();
  });

  it('answers bad input with the error shape, never a 500', async () => {
    const long = await t.app.inject({ method: 'GET', url: `/api/citizen/auth/oidc?next=${'a'.repeat(300)}` });
    expect(long.statusCode).toBe(400);
    expect(errorOf(long).code).toBe('VALIDATION_FAILED');
    const odd = await t.app.inject({
      method: 'GET',
      url: '/api/citizen/auth/oidc/callback?code=x&state=y&z=1',
    });
    expect(odd.statusCode).toBe(302);
    expect(odd.headers.location).toBe('/cong-dan/dang-nhap?loi=state');
  });

  it('writes no ID number to the audit trail or the log', async () => {
    const audit = await t.database.db.selectFrom('audit_log').selectAll().execute();
    const trail = JSON.stringify(audit);
    expect(trail).toContain('citizen.person.linked');
    const log = lines.join('');
    expect(log).toContain('/api/citizen/auth/oidc/callback');
    for (const id of [MAI_ID, NEW_ID, HOA_ID]) {
      expect(trail).not.toContain(id);
      expect(log).not.toContain(id);
    }
  });
});

describe('national-identity sign-in without a provider', () => {
  it('is not offered when not configured: 404 in the error shape', async () => {
    const plain = await openTestApp({ demo: false });
    try {
      expect((await getAs(plain, '/api/citizen/auth/methods', {})).json()).toEqual({
        phone: true,
        nationalId: false,
      });
      for (const url of ['/api/citizen/auth/oidc', '/api/citizen/auth/oidc/callback?code=x&state=y']) {
        const res = await getAs(plain, url, {});
        expect(res.statusCode).toBe(404);
        expect(errorOf(res).code).toBe('NATIONAL_ID_NOT_CONFIGURED');
        expect(errorOf(res).message).toContain('định danh điện tử');
      }
    } finally {
      await plain.close();
    }
  });

  it('starts while the provider is down, says so on sign-in, and reaches it once it is up', async () => {
    // A port nobody listens on, for now.
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const redirectUri = 'http://motcua.test/api/citizen/auth/oidc/callback';
    const down = await openTestApp({
      demo: false,
      env: {
        OIDC_ISSUER: `http://127.0.0.1:${port}`,
        OIDC_CLIENT_ID: 'motcua',
        OIDC_CLIENT_SECRET: 'motcua-oidc-test-client-secret',
        OIDC_REDIRECT_URL: redirectUri,
      },
    });
    try {
      const res = await getAs(down, '/api/citizen/auth/oidc', {});
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('/cong-dan/dang-nhap?loi=provider');
      const up = await startIdentityProvider({ redirectUri, accounts: {}, port });
      try {
        const again = await getAs(down, '/api/citizen/auth/oidc', {});
        expect(again.statusCode).toBe(302);
        expect(again.headers.location).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/auth\\?`));
      } finally {
        await up.close();
      }
    } finally {
      await down.close();
    }
  });
});

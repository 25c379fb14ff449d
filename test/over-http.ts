/**
 * A running server reached over HTTP, as the benchmarks and the crash test reach it: a demo user's session and CSRF
 * header, and the body of a complete birth registration received at the desk.
 */
import { DEMO_PASSWORD } from '../src/services/demo-data/index.js';

/** Session cookie and CSRF header of a demo user; `headers` adds to the login request (e.g. X-Forwarded-For). */
export async function loginOverHttp(
  url: string,
  username: string,
  headers: Record<string, string> = {},
): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = cookies.find((c) => c.startsWith('motcua_csrf='))?.split('=')[1];
  if (!csrf) throw new Error(`no CSRF cookie in ${cookies.join(', ')}`);
  return { cookie: cookies.join('; '), 'x-csrf-token': decodeURIComponent(csrf) };
}

/**
 * A complete birth registration (POST /api/dossiers) by applicant number `n`: a new applicant for each `n` (valid,
 * invented CCCD and phone), the four papers every birth registration needs, and its own idempotency key.
 */
export function birthRegistrationBody(n: number, unit: string, idempotencyKey: string): string {
  return JSON.stringify({
    procedureCode: '1.001193',
    unit,
    applicant: {
      name: `Nguyễn Thị Thử ${n}`,
      phone: `09${String(n % 100_000_000).padStart(8, '0')}`,
      idNumber: `038${n % 2}${String(50 + (Math.floor(n / 1_000_000) % 50))}${String(n % 1_000_000).padStart(6, '0')}`,
    },
    documents: [0, 1, 2, 3].map((index) => ({ index, originals: 1, copies: 0 })),
    notApplicable: [4, 5, 6, 7],
    idempotencyKey,
  });
}

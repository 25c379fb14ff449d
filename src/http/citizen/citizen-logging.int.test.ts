/** The citizen's sign-in leaves neither the phone, nor the code, nor the session's secrets in the log. */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { askCode, latestCode, verify } from './citizen-test-utils.js';

const lines: string[] = [];
const t = useTestApp({ env: { LOG_LEVEL: 'trace' }, logStream: { write: (line) => void lines.push(line) } });

describe('logs of the citizen sign-in', () => {
  it('never contain the phone, the code, the session token or the CSRF token, even at trace level', async () => {
    const phone = '0376 123 987';
    expect((await askCode(t, phone)).statusCode).toBe(202);
    const code = await latestCode(t, phone);
    const wrong = code === '000000' ? '111111' : '000000';
    expect((await verify(t, phone, wrong)).statusCode).toBe(400);
    const ok = await verify(t, phone, code);
    expect(ok.statusCode).toBe(200);
    const token = ok.cookies.find((c) => c.name === 'motcua_citizen')!.value;
    const csrf = ok.cookies.find((c) => c.name === 'motcua_citizen_csrf')!.value;
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/citizen/auth/logout',
      headers: { cookie: `motcua_citizen=${token}; motcua_citizen_csrf=${csrf}`, 'x-citizen-csrf': csrf },
    });
    expect(out.statusCode).toBe(200);

    const log = lines.join('');
    expect(log).toContain('/api/citizen/auth/verify'); // the requests were logged at all
    for (const secret of ['0376123987', '376123987', '+84376123987', token, csrf]) {
      expect(log).not.toContain(secret);
    }
    // A 6-digit code standing alone (times and request ids hold digit runs of their own).
    for (const c of [code, wrong]) expect(log).not.toMatch(new RegExp(`(?<![0-9a-f])${c}(?![0-9a-f])`));
  });
});

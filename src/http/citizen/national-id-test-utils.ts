/**
 * The national-identity sign-in in integration tests: motcua through app.inject, the local identity provider
 * (test/identity-provider.ts) through fetch, the browser's part played by hand — its cookies for the provider kept
 * in a small jar, motcua's pending sign-in cookie carried to the callback.
 */
import { expect } from 'vitest';
import type { TestApp } from '../../../test/app.js';
import { testClientAddress } from '../../../test/auth.js';
import type { CitizenHeaders } from './citizen-test-utils.js';

const PENDING = 'motcua_citizen_oidc';

/** The provider's cookies, as a browser would keep them (one origin, every path). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** Starts a sign-in at motcua: the provider's authorization URL and the pending cookie to carry back. */
export async function startNationalIdLogin(t: TestApp, query = '') {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/citizen/auth/oidc${query}`,
    headers: { 'x-forwarded-for': testClientAddress() },
  });
  expect(res.statusCode, res.body).toBe(302);
  const pending = res.cookies.find((c) => c.name === PENDING);
  expect(pending).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/citizen/auth/oidc' });
  return {
    authorizationUrl: new URL(res.headers.location as string),
    cookie: `${PENDING}=${pending!.value}`,
  };
}

/**
 * At the provider: signs in as `login` on its development form (or cancels, `abort`), follows its redirects and
 * returns where it sends the browser back (motcua's callback, with the code or the error).
 */
export async function atProvider(authorizationUrl: URL, login: string): Promise<URL> {
  const jar = new CookieJar();
  const go = async (url: URL, init: RequestInit = {}) => {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: jar.header() },
    });
    jar.store(res);
    expect([302, 303], `${res.status} at ${url.pathname}: ${await res.clone().text()}`).toContain(res.status);
    return new URL(res.headers.get('location')!, url);
  };
  const interaction = await go(authorizationUrl);
  expect(interaction.pathname).toMatch(/^\/interaction\//);
  let next =
    login === 'abort'
      ? await go(new URL(interaction.pathname + '/abort', interaction))
      : await go(interaction, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
        });
  while (next.origin === authorizationUrl.origin) next = await go(next);
  return next;
}

/** Motcua's callback as the browser would call it, with the pending cookie (or other cookies) given. */
export function nationalIdCallback(t: TestApp, callbackUrl: URL, cookie: string) {
  return t.app.inject({
    method: 'GET',
    url: callbackUrl.pathname + callbackUrl.search,
    headers: { cookie, 'x-forwarded-for': testClientAddress() },
  });
}

/** The whole sign-in as `login`; the citizen session's headers, and where the callback sent the browser. */
export async function signInNationalId(t: TestApp, login: string, query = '') {
  const started = await startNationalIdLogin(t, query);
  const back = await atProvider(started.authorizationUrl, login);
  const res = await nationalIdCallback(t, back, started.cookie);
  expect(res.statusCode, res.body).toBe(302);
  const jar = new Map(res.cookies.map((c) => [c.name, c.value]));
  const token = jar.get('motcua_citizen');
  const csrf = jar.get('motcua_citizen_csrf');
  const headers: CitizenHeaders | null =
    token && csrf ? { cookie: `motcua_citizen=${token}`, 'x-citizen-csrf': csrf } : null;
  return { location: res.headers.location as string, headers, response: res };
}

/**
 * Whether this browser holds a citizen session, from the readable CSRF cookie the sign-in sets (the session's own
 * cookie is HttpOnly). It may outlive the session on the server: the pages then meet a 401 and offer to sign in.
 */
export const CITIZEN_CSRF_COOKIE = 'motcua_citizen_csrf';

export function citizenSignedIn(): boolean {
  return document.cookie.split('; ').some((c) => c.startsWith(CITIZEN_CSRF_COOKIE + '='));
}

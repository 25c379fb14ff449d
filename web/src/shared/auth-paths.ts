/** Where the login page is, and where it may send people back to. Pure, shared by the pages and tests. */
export const LOGIN_PATH = '/dang-nhap';

export function loginUrl(next: string): string {
  return `${LOGIN_PATH}?next=${encodeURIComponent(next)}`;
}

/** Only same-site paths: never send someone to another site after logging in. */
export function safeNext(next: string | null, fallback = '/quan-tri'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (next.startsWith(LOGIN_PATH)) return fallback;
  return next;
}

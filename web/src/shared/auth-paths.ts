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

/** Where staff land after logging in without a `next`: administrators on /quan-tri, desk roles on /ban-lam-viec. */
export function landingPath(roles: readonly { role: string }[]): string {
  const has = (r: string) => roles.some((x) => x.role === r);
  if (has('province_admin') || has('unit_admin')) return '/quan-tri';
  if (has('reception_officer') || has('specialist') || has('leader')) return '/ban-lam-viec';
  return '/quan-tri';
}

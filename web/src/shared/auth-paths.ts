/** Where the login page is, where it may send people back to, and where each person lands. Pure, shared by the pages and tests. */
import type { Role } from '../../../src/domain/org/roles.js';

export const LOGIN_PATH = '/dang-nhap';
export const DESK_PATH = '/ban-lam-viec';
export const ADMIN_PATH = '/quan-tri';
/** The helper's page at an online public service point. */
export const SERVICE_POINT_PATH = '/diem-dich-vu';
/** The desk's list of dossiers (the dossier pages are under it: /ban-lam-viec/ho-so/<code>). */
export const INBOX_PATH = `${DESK_PATH}/ho-so`;

export function loginUrl(next: string): string {
  return `${LOGIN_PATH}?next=${encodeURIComponent(next)}`;
}

/** Only same-site paths: never send someone to another site after logging in. */
export function safeNext(next: string | null, fallback = ADMIN_PATH): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (next.startsWith(LOGIN_PATH)) return fallback;
  return next;
}

/** Each role's main page: where its day's work starts. */
export const roleHomes = {
  // Signing in to a counter and calling the first number starts the day; intake follows from the ticket.
  reception_officer: `${DESK_PATH}/quay`,
  hotline_operator: `${DESK_PATH}/tong-dai`,
  specialist: INBOX_PATH,
  // What awaits approval and assignment, and the deadline alerts.
  leader: `${DESK_PATH}/lanh-dao`,
  unit_admin: ADMIN_PATH,
  province_admin: ADMIN_PATH,
  // A helper at an online public service point submits on citizens' behalf there, and nothing else.
  service_point_helper: SERVICE_POINT_PATH,
} as const satisfies Record<Role, string>;

/**
 * For someone holding several roles, the first of these they hold gives the landing page: work that people wait for
 * comes first (the counter, then live calls), then the leader's decisions, then appraisal, and administration last.
 */
export const landingPriority = [
  'service_point_helper',
  'reception_officer',
  'hotline_operator',
  'leader',
  'specialist',
  'province_admin',
  'unit_admin',
] as const satisfies readonly Role[];

type Held = readonly { role: string }[];

/** The homes of the roles held, in priority order. */
function homesOf(roles: Held): string[] {
  return landingPriority.filter((r) => roles.some((x) => x.role === r)).map((r) => roleHomes[r]);
}

/** Where staff land after logging in without a `next`; someone without a role lands on /quan-tri (it says so). */
export function landingPath(roles: Held): string {
  return homesOf(roles)[0] ?? ADMIN_PATH;
}

/** Where the login page sends someone: `?next=` when it is a same-site path, else their landing page. */
export function afterLogin(next: string | null, roles: Held): string {
  return safeNext(next, landingPath(roles));
}

/**
 * Where an area's bare address sends a person. /ban-lam-viec: the first home of theirs on the desk, else the list of
 * dossiers. /quan-tri: its home page for administrators (and people without a role), else their landing page.
 */
export function areaHome(area: typeof DESK_PATH | typeof ADMIN_PATH, roles: Held): string {
  const homes = homesOf(roles);
  if (area === DESK_PATH) return homes.find((h) => h.startsWith(`${DESK_PATH}/`)) ?? INBOX_PATH;
  return homes.length === 0 || homes.includes(ADMIN_PATH) ? ADMIN_PATH : landingPath(roles);
}

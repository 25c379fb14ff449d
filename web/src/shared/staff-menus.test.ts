/**
 * The staff menus against the server's rules: for every role and some combinations (in one unit or several), each
 * menu entry shown is a page the server lets the person use (no 403 behind it), and every page the server lets them
 * use is in their menu — the desk's and the admin area's entries, both listed in either area's menu. A new entry
 * needs its server rule here; a new page module needs a menu entry (or a parent page that links to it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mayOnAppointments } from '../../../src/domain/appointments/permissions.js';
import { mayAct, maySee } from '../../../src/domain/dossier/permissions.js';
import { canReadHotline, canWorkHotline } from '../../../src/domain/hotline/access.js';
import { mayHandlePreferences } from '../../../src/domain/notify/access.js';
import { actorPermissions } from '../../../src/domain/org/grants.js';
import {
  can,
  canAnywhere,
  isServicePointHelper,
  roles,
  type Actor,
  type Role,
} from '../../../src/domain/org/roles.js';
import { canReadQueueStats, canWorkQueue } from '../../../src/domain/queue/access.js';
import { adminMenu, adminPagesFor, mayOpenAdmin } from '../admin/menu.js';
import { deskMenu, deskPagesFor, mayOpenDesk } from '../desk/menu.js';
import { mayWorkOnlineIntake } from '../../../src/domain/dossier/online-intake.js';
import { mayFollowUp } from '../../../src/domain/ratings/ratings.js';
import type { Me } from './auth.js';
import { ADMIN_PATH, areaHome, DESK_PATH, landingPath, SERVICE_POINT_PATH } from './auth-paths.js';

/** A province with two communes. */
const units = { province: ['P'], dongtien: ['P', 'C1'], dongkhe: ['P', 'C2'] } as const;
type UnitKey = keyof typeof units;
const allPaths = Object.values(units);

/** Whether the server lets the actor use the page in the unit at `unitPath`, by the rule its API checks. */
type Rule = (actor: Actor, unitPath: readonly string[]) => boolean;
const last = (p: readonly string[]) => p[p.length - 1] ?? '';
const anyone: Rule = () => true;
const permission =
  (p: Parameters<typeof can>[1]): Rule =>
  (a, unitPath) =>
    can(a, p, unitPath);

const serverRules: Record<string, Rule> = {
  // GET /api/dossiers lists the dossiers of the actor's units, whoever they are (services/dossier/queries.ts).
  [`${DESK_PATH}/ho-so`]: anyone,
  // The leader's page is there to approve and assign (domain/dossier/permissions.ts).
  [`${DESK_PATH}/lanh-dao`]: (a, p) => mayAct(a, 'approve', p),
  [`${DESK_PATH}/tiep-nhan`]: (a, p) => mayAct(a, 'receive', p),
  // GET /api/desk/online-intake: reception officers and leaders (services/dossier/online-intake.ts).
  [`${DESK_PATH}/truc-tuyen`]: (a, p) => mayWorkOnlineIntake(a, p),
  [`${DESK_PATH}/quay`]: (a, p) => canWorkQueue(a, last(p)),
  // GET /api/dossiers/end-of-day: whoever may see the unit's dossiers (services/dossier/end-of-day.ts).
  [`${DESK_PATH}/cuoi-ngay`]: (a, p) => maySee(a, [p]),
  // GET /api/me/alerts: one's own alerts.
  [`${DESK_PATH}/canh-bao`]: anyone,
  // GET /api/rating-follow-ups: the leaders of the unit or above (services/ratings/follow-ups.ts).
  [`${DESK_PATH}/y-kien`]: (a, p) => mayFollowUp(a, p),
  [`${DESK_PATH}/lich-hen`]: (a, p) => mayOnAppointments(a, 'view', p),
  [`${DESK_PATH}/nhan-tin`]: (a) => mayHandlePreferences(a),
  [`${DESK_PATH}/thong-ke-quay`]: (a, p) => canReadQueueStats(a, p),
  [`${DESK_PATH}/tong-dai`]: (a, p) => canWorkHotline(a, last(p)),
  [`${DESK_PATH}/tu-van`]: (a, p) => canWorkHotline(a, last(p)),
  [`${DESK_PATH}/cuoc-goi`]: (a, p) => canReadHotline(a, last(p), p),
  [`${DESK_PATH}/thong-ke-tong-dai`]: (a, p) => canReadHotline(a, last(p), p),
  // Not an API: the administrators' home; anyone else's /quan-tri sends them to their own page.
  [ADMIN_PATH]: (a) => areaHome(ADMIN_PATH, a.roles) === ADMIN_PATH,
  [`${ADMIN_PATH}/don-vi`]: permission('org.read'),
  [`${ADMIN_PATH}/can-bo`]: permission('org.read'),
  [`${ADMIN_PATH}/linh-vuc`]: permission('org.read'),
  [`${ADMIN_PATH}/lich-lam-viec`]: permission('org.read'),
  [`${ADMIN_PATH}/gio-phuc-vu`]: permission('unit.manage'),
  [`${ADMIN_PATH}/thu-tuc`]: (a) => canAnywhere(a, 'catalogue.manage'),
  [`${ADMIN_PATH}/thong-bao`]: permission('notify.manage'),
  [`${ADMIN_PATH}/nhat-ky-truy-cap`]: permission('audit.read'),
  [`${ADMIN_PATH}/diem-dich-vu`]: permission('service_points.manage'),
  // /api/admin/fees/policies: province administrators (services/fees/policies.ts).
  [`${ADMIN_PATH}/phi-le-phi`]: (a) => canAnywhere(a, 'fees.manage'),
};

/**
 * Pages the server would let a role use that its menu leaves out on purpose. The two hotline consoles work the same
 * calls: the operator routes them at the switchboard, the specialist answers them at "Tư vấn qua tổng đài".
 */
const narrowed: Record<string, readonly Role[]> = {
  [`${DESK_PATH}/tong-dai`]: ['specialist'],
  [`${DESK_PATH}/tu-van`]: ['hotline_operator'],
};

/** Page modules that are not menu entries: each is reached from the page named. */
const subPages: Record<string, string> = {
  'desk/dossier-page.tsx': `${DESK_PATH}/ho-so (and every list of dossiers)`,
  'admin/catalogue/import-page.tsx': `${ADMIN_PATH}/thu-tuc`,
};

type Person = readonly (readonly [Role, UnitKey])[];

function meOf(person: Person): { me: Pick<Me, 'roles' | 'permissions'>; actor: Actor } {
  const actor: Actor = {
    id: 'x',
    username: 'x',
    fullName: 'x',
    roles: person.map(([role, unit]) => ({ role, unitId: last(units[unit]), unitPath: units[unit] })),
  };
  const me = {
    roles: person.map(([role, unit]) => ({ role, label: role, unitId: last(units[unit]), unitName: unit })),
    permissions: actorPermissions(actor),
  };
  return { me, actor };
}

const withoutRoles = (actor: Actor, drop: readonly Role[]): Actor => ({
  ...actor,
  roles: actor.roles.filter((r) => !drop.includes(r.role)),
});

/** Where the person's role is held: communes for unit roles, the province for the province administrator. */
const homeUnit = (role: Role): UnitKey => (role === 'province_admin' ? 'province' : 'dongtien');

const people: Record<string, Person> = {
  ...Object.fromEntries(roles.map((r) => [r, [[r, homeUnit(r)]]])),
  'leader who also administers the unit': [
    ['leader', 'dongtien'],
    ['unit_admin', 'dongtien'],
  ],
  'reception officer who is also unit administrator': [
    ['reception_officer', 'dongtien'],
    ['unit_admin', 'dongtien'],
  ],
  'specialist who also answers the switchboard': [
    ['specialist', 'dongtien'],
    ['hotline_operator', 'dongtien'],
  ],
  'specialist in one commune, leader of another': [
    ['specialist', 'dongtien'],
    ['leader', 'dongkhe'],
  ],
  'province leader who administers a commune': [
    ['leader', 'province'],
    ['unit_admin', 'dongkhe'],
  ],
};

const menuPath = (base: string, p: string) => (p ? `${base}/${p}` : base);

/** Every page the person's menu lists (the area's own entries and the other area's, as both menus show them). */
function menuOf(me: Pick<Me, 'roles' | 'permissions'>): string[] {
  return [deskPagesFor(me), adminPagesFor(me)].flatMap((area) =>
    area.entries.map((e) => menuPath(area.base, e.path)),
  );
}

const registry = [
  ...deskMenu.map((e) => ({ path: menuPath(DESK_PATH, e.path), open: (me: Me) => mayOpenDesk(me, e) })),
  ...adminMenu.map((e) => ({ path: menuPath(ADMIN_PATH, e.path), open: (me: Me) => mayOpenAdmin(me, e) })),
];

describe('staff menus follow the server', () => {
  it('has a server rule for every menu entry, and no rule for a page that is gone', () => {
    expect(Object.keys(serverRules).sort()).toEqual(registry.map((e) => e.path).sort());
  });

  for (const [name, person] of Object.entries(people)) {
    it(`lists exactly the pages a ${name} may use, and lands them on one`, () => {
      const { me, actor } = meOf(person);
      const menu = menuOf(me);
      // A service-point helper is refused every desk and admin route by the guard itself (http/shared/guard.ts).
      const guard =
        (r: Rule): Rule =>
        (a, p) =>
          !isServicePointHelper(a) && r(a, p);
      for (const page of registry) {
        const rule = guard(serverRules[page.path]!);
        const allowed = allPaths.some((p) => rule(actor, p));
        const shown = menu.includes(page.path);
        // The menu and the area's router agree (no entry answering 403, no page opened that is not listed).
        expect(page.open(me as Me), page.path).toBe(shown);
        if (shown) expect(allowed, `${page.path} is in the menu but the server refuses it`).toBe(true);
        const stillAllowed = allPaths.some((p) => rule(withoutRoles(actor, narrowed[page.path] ?? []), p));
        if (stillAllowed) expect(shown, `${page.path} is allowed but not in the menu`).toBe(true);
      }
      if (isServicePointHelper(actor)) expect(landingPath(me.roles)).toBe(SERVICE_POINT_PATH);
      else expect(menu).toContain(landingPath(me.roles));
    });
  }

  it('leaves out only what the server admits (the narrowed consoles)', () => {
    for (const [page, rs] of Object.entries(narrowed)) {
      for (const role of rs) {
        const { me, actor } = meOf([[role, 'dongtien']]);
        expect(allPaths.some((p) => serverRules[page]!(actor, p))).toBe(true);
        expect(menuOf(me)).not.toContain(page);
      }
    }
  });

  it('shows both areas to those who use both', () => {
    const officerAdmin = menuOf(meOf(people['reception officer who is also unit administrator']!).me);
    expect(officerAdmin).toEqual(
      expect.arrayContaining([
        '/ban-lam-viec/quay',
        '/ban-lam-viec/tiep-nhan',
        '/quan-tri',
        '/quan-tri/can-bo',
      ]),
    );
    const leader = menuOf(meOf(people.leader!).me);
    expect(leader).toEqual(
      expect.arrayContaining([
        '/ban-lam-viec/lanh-dao',
        '/ban-lam-viec/cuoc-goi',
        '/quan-tri/nhat-ky-truy-cap',
      ]),
    );
    expect(leader).not.toContain('/quan-tri');
    const admin = menuOf(meOf(people.unit_admin!).me);
    expect(admin).toEqual(
      expect.arrayContaining(['/quan-tri', '/ban-lam-viec/ho-so', '/ban-lam-viec/thong-ke-quay']),
    );
    expect(admin).not.toContain('/ban-lam-viec/tiep-nhan');
  });
});

describe('page modules', () => {
  const web = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const pageFiles = (dir: string): string[] =>
    fs
      .readdirSync(path.join(web, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('-page.tsx'))
      .map((f) => `${dir}/${f.split(path.sep).join('/')}`);
  const menuOfArea = (area: string) => fs.readFileSync(path.join(web, area, 'menu.tsx'), 'utf8');

  it('are each a menu entry, or reached from a page that is', () => {
    for (const file of [...pageFiles('desk'), ...pageFiles('admin')]) {
      if (subPages[file]) continue;
      const [area = '', ...rest] = file.split('/');
      const inMenu = menuOfArea(area).includes(`import('./${rest.join('/').replace(/\.tsx$/, '.js')}')`);
      expect(inMenu, `${file} is neither in a menu registry nor listed as a sub-page`).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../../src/domain/org/roles.js';
import {
  ADMIN_PATH,
  afterLogin,
  areaHome,
  DESK_PATH,
  INBOX_PATH,
  landingPath,
  landingPriority,
  loginUrl,
  roleHomes,
  safeNext,
} from './auth-paths.js';

const holding = (...rs: Role[]) => rs.map((role) => ({ role }));

describe('login redirects', () => {
  it('comes back to same-site paths only', () => {
    expect(safeNext('/quan-tri/can-bo?q=a')).toBe('/quan-tri/can-bo?q=a');
    expect(safeNext(null)).toBe('/quan-tri');
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '/dang-nhap',
    ]) {
      expect(safeNext(bad)).toBe('/quan-tri');
    }
  });

  it('encodes where to come back to', () => {
    expect(loginUrl('/quan-tri/can-bo?q=a b')).toBe('/dang-nhap?next=%2Fquan-tri%2Fcan-bo%3Fq%3Da%20b');
  });

  it('lets a safe ?next= win over the landing page, and lands people otherwise', () => {
    expect(afterLogin('/quan-tri/can-bo', holding('specialist'))).toBe('/quan-tri/can-bo');
    expect(afterLogin('/ban-lam-viec/ho-so/H56.10.01-261207-0001', holding('leader'))).toBe(
      '/ban-lam-viec/ho-so/H56.10.01-261207-0001',
    );
    expect(afterLogin('https://evil.example', holding('hotline_operator'))).toBe('/ban-lam-viec/tong-dai');
    expect(afterLogin('/dang-nhap', holding('reception_officer'))).toBe('/ban-lam-viec/quay');
    expect(afterLogin(null, holding('leader'))).toBe('/ban-lam-viec/lanh-dao');
  });
});

describe('landing pages', () => {
  it('lands each role on its main page', () => {
    expect(landingPath(holding('hotline_operator'))).toBe('/ban-lam-viec/tong-dai');
    expect(landingPath(holding('specialist'))).toBe('/ban-lam-viec/ho-so');
    expect(landingPath(holding('reception_officer'))).toBe('/ban-lam-viec/quay');
    expect(landingPath(holding('leader'))).toBe('/ban-lam-viec/lanh-dao');
    expect(landingPath(holding('unit_admin'))).toBe('/quan-tri');
    expect(landingPath(holding('province_admin'))).toBe('/quan-tri');
    expect(landingPath([])).toBe('/quan-tri');
  });

  it('has a home and a place in the priority order for every role', () => {
    expect([...landingPriority].sort()).toEqual([...roles].sort());
    for (const role of roles) expect(landingPath(holding(role))).toBe(roleHomes[role]);
  });

  it('picks by priority when a person holds several roles: people waiting first, administration last', () => {
    expect(landingPath(holding('unit_admin', 'reception_officer'))).toBe('/ban-lam-viec/quay');
    expect(landingPath(holding('leader', 'unit_admin'))).toBe('/ban-lam-viec/lanh-dao');
    expect(landingPath(holding('specialist', 'hotline_operator'))).toBe('/ban-lam-viec/tong-dai');
    expect(landingPath(holding('specialist', 'leader'))).toBe('/ban-lam-viec/lanh-dao');
    expect(landingPath(holding('specialist', 'reception_officer'))).toBe('/ban-lam-viec/quay');
    expect(landingPath(holding('unit_admin', 'province_admin'))).toBe('/quan-tri');
    // The order of the assignments does not matter.
    for (const [a, b] of [
      ['leader', 'specialist'],
      ['unit_admin', 'hotline_operator'],
    ] as const) {
      expect(landingPath(holding(a, b))).toBe(landingPath(holding(b, a)));
    }
  });

  it("sends an area's bare address to the person's own page in it", () => {
    expect(areaHome(DESK_PATH, holding('hotline_operator'))).toBe('/ban-lam-viec/tong-dai');
    expect(areaHome(DESK_PATH, holding('leader'))).toBe('/ban-lam-viec/lanh-dao');
    // An administrator who opens the desk reads its dossiers; one who also receives lands at the counter.
    expect(areaHome(DESK_PATH, holding('unit_admin'))).toBe(INBOX_PATH);
    expect(areaHome(DESK_PATH, holding('unit_admin', 'reception_officer'))).toBe('/ban-lam-viec/quay');
    expect(areaHome(DESK_PATH, [])).toBe(INBOX_PATH);
    // /quan-tri is the administrators' home, even when their landing page is on the desk …
    expect(areaHome(ADMIN_PATH, holding('province_admin'))).toBe(ADMIN_PATH);
    expect(areaHome(ADMIN_PATH, holding('reception_officer', 'unit_admin'))).toBe(ADMIN_PATH);
    expect(areaHome(ADMIN_PATH, [])).toBe(ADMIN_PATH);
    // … and sends everyone else to their own page (an old bookmark of /quan-tri lands the operator at the switchboard).
    expect(areaHome(ADMIN_PATH, holding('hotline_operator'))).toBe('/ban-lam-viec/tong-dai');
    expect(areaHome(ADMIN_PATH, holding('specialist', 'leader'))).toBe('/ban-lam-viec/lanh-dao');
  });
});

import { describe, expect, it } from 'vitest';
import {
  actorPermissions,
  canGrant,
  canManageStaff,
  canSeeStaff,
  diffRoles,
  grantableRoles,
} from './grants.js';
import type { Actor, Role } from './roles.js';

const P = 'province';
const A = [P, 'commune-a'];
const B = [P, 'commune-b'];
const A_CHILD = [...A, 'a-desk'];

const actor = (...assignments: [Role, string[]][]): Actor => ({
  id: 'me',
  username: 'me',
  fullName: 'Me',
  roles: assignments.map(([role, unitPath]) => ({ role, unitId: unitPath[unitPath.length - 1]!, unitPath })),
});

describe('canGrant', () => {
  const communeAdmin = actor(['unit_admin', A]);
  const provinceAdmin = actor(['province_admin', [P]]);

  it('lets a commune administrator grant roles up to their own level in their subtree', () => {
    expect(grantableRoles(communeAdmin, A)).toEqual([
      'reception_officer',
      'specialist',
      'leader',
      'hotline_operator',
      'unit_admin',
      'service_point_helper',
    ]);
    expect(canGrant(communeAdmin, 'specialist', A_CHILD)).toBe(true);
  });

  it('never lets anyone but a province administrator grant province_admin', () => {
    expect(canGrant(communeAdmin, 'province_admin', A)).toBe(false);
    expect(canGrant(actor(['unit_admin', [P]]), 'province_admin', [P])).toBe(false);
    expect(canGrant(provinceAdmin, 'province_admin', [P])).toBe(true);
  });

  it('grants nothing outside the subtree or without staff.manage', () => {
    expect(grantableRoles(communeAdmin, B)).toEqual([]);
    expect(grantableRoles(communeAdmin, [P])).toEqual([]);
    expect(grantableRoles(actor(['leader', A]), A)).toEqual([]);
    expect(grantableRoles(actor(['reception_officer', A]), A)).toEqual([]);
  });
});

describe('canManageStaff', () => {
  const communeAdmin = actor(['unit_admin', A]);
  it('allows staff of the subtree whose roles the actor could grant', () => {
    expect(
      canManageStaff(communeAdmin, { id: 'x', unitPath: A, roles: [{ role: 'specialist', unitPath: A }] }),
    ).toBe(true);
    expect(canManageStaff(communeAdmin, { id: 'x', unitPath: A_CHILD, roles: [] })).toBe(true);
  });

  it('refuses staff of another commune, and accounts holding power the actor does not have', () => {
    expect(canManageStaff(communeAdmin, { id: 'x', unitPath: B, roles: [] })).toBe(false);
    expect(
      canManageStaff(communeAdmin, {
        id: 'x',
        unitPath: A,
        roles: [{ role: 'province_admin', unitPath: [P] }],
      }),
    ).toBe(false);
    expect(
      canManageStaff(communeAdmin, { id: 'x', unitPath: A, roles: [{ role: 'specialist', unitPath: B }] }),
    ).toBe(false);
  });

  it('lets colleagues see each other but not other communes', () => {
    const officer = actor(['reception_officer', A]);
    expect(canSeeStaff(officer, { unitPath: A })).toBe(true);
    expect(canSeeStaff(officer, { unitPath: B })).toBe(false);
    expect(canSeeStaff(officer, { unitPath: A_CHILD })).toBe(false);
  });
});

describe('actorPermissions and diffRoles', () => {
  it('lists the permissions held anywhere', () => {
    expect(actorPermissions(actor(['specialist', A]))).toEqual(['org.read']);
    expect(actorPermissions(actor(['specialist', A], ['leader', B]))).toEqual(['org.read', 'audit.read']);
    expect(actorPermissions(actor())).toEqual([]);
  });

  it('diffs role sets', () => {
    const before = [
      { role: 'specialist' as const, unitId: 'a' },
      { role: 'leader' as const, unitId: 'a' },
    ];
    const after = [
      { role: 'specialist' as const, unitId: 'a' },
      { role: 'leader' as const, unitId: 'b' },
    ];
    expect(diffRoles(before, after)).toEqual({
      added: [{ role: 'leader', unitId: 'b' }],
      removed: [{ role: 'leader', unitId: 'a' }],
    });
  });
});

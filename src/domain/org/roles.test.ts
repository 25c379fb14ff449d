import { describe, expect, it } from 'vitest';
import { can, canAnywhere, type Actor } from './roles.js';

const province = 'p';
const communeA = 'a';
const communeB = 'b';
const actor = (role: Actor['roles'][number]['role'], unitPath: string[]): Actor => ({
  id: 'u',
  username: 'u',
  fullName: 'U',
  roles: [{ role, unitId: unitPath[unitPath.length - 1]!, unitPath }],
});

describe('can', () => {
  it('lets a subtree role reach descendants but not siblings', () => {
    const admin = actor('unit_admin', [province, communeA]);
    expect(can(admin, 'staff.manage', [province, communeA])).toBe(true);
    expect(can(admin, 'staff.manage', [province, communeA, 'child'])).toBe(true);
    expect(can(admin, 'staff.manage', [province, communeB])).toBe(false);
    expect(can(admin, 'staff.manage', [province])).toBe(false);
  });

  it('keeps unit-scoped roles to their own unit', () => {
    const officer = actor('reception_officer', [province, communeA]);
    expect(can(officer, 'org.read', [province, communeA])).toBe(true);
    expect(can(officer, 'org.read', [province, communeA, 'child'])).toBe(false);
    expect(can(officer, 'staff.manage', [province, communeA])).toBe(false);
  });

  it('gives the province administrator the whole province', () => {
    const admin = actor('province_admin', [province]);
    expect(can(admin, 'catalogue.manage', [province, communeB])).toBe(true);
    expect(canAnywhere(admin, 'field.manage')).toBe(true);
    expect(canAnywhere(actor('unit_admin', [province, communeA]), 'catalogue.manage')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { unitPaths, type UnitItem } from './org-api.js';

const unit = (id: string, parentId: string | null): UnitItem => ({
  id,
  parentId,
  type: 'commune',
  agencyId: 'H56.10.01',
  name: id,
  shortName: null,
  address: null,
  phone: null,
  isSample: false,
  active: true,
  depth: 0,
  manageable: false,
  identityManageable: false,
});

describe('unitPaths', () => {
  it('walks parent links up to the first unit the browser knows', () => {
    const pathOf = unitPaths([unit('p', null), unit('a', 'p'), unit('a1', 'a'), unit('b', 'hidden')]);
    expect(pathOf('a1')).toEqual(['p', 'a', 'a1']);
    expect(pathOf('b')).toEqual(['b']);
    expect(pathOf('unknown')).toEqual(['unknown']);
  });
});

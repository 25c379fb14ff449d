import { describe, expect, it } from 'vitest';
import type { Role } from '../../../src/domain/org/roles.js';
import { mayOpen } from './area.js';
import { deskMenu } from './menu.js';

const opens = (role: Role) =>
  deskMenu
    .filter((item) =>
      mayOpen({ roles: [{ role, label: role, unitId: 'u', unitName: 'xã Đông Tiến' }] }, item),
    )
    .map((i) => i.path);

describe('desk menu', () => {
  it('offers the hotline log and dashboard to whoever the server lets read them, and the consoles to those who work them', () => {
    for (const role of ['leader', 'unit_admin', 'province_admin'] as const) {
      expect(opens(role)).toEqual(expect.arrayContaining(['cuoc-goi', 'thong-ke-tong-dai']));
      expect(opens(role)).not.toContain('tong-dai');
    }
    expect(opens('hotline_operator')).toEqual(expect.arrayContaining(['tong-dai', 'cuoc-goi']));
    expect(opens('reception_officer')).not.toContain('cuoc-goi');
  });
});

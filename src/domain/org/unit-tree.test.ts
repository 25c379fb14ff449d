import { describe, expect, it } from 'vitest';
import { orderUnitTree, type TreeUnit } from './unit-tree.js';

const u = (id: string, parentId: string | null, type: TreeUnit['type'], name: string): TreeUnit => ({
  id,
  parentId,
  type,
  name,
});

describe('orderUnitTree', () => {
  it('orders pre-order, siblings by type then Vietnamese name', () => {
    const units = [
      u('c2', 'p', 'commune', 'xã Hoằng Quang'),
      u('c1', 'p', 'commune', 'xã Đông Tiến'),
      u('c3', 'p', 'commune', 'xã Đông Khê'),
      u('c1a', 'c1', 'sector_agency', 'Bộ phận Một cửa'),
      u('s', 'p', 'service_centre', 'Trung tâm'),
      u('p', null, 'province', 'Tỉnh Thanh Hóa'),
    ];
    expect(orderUnitTree(units).map((x) => `${x.depth}:${x.id}`)).toEqual([
      '0:p',
      '1:s',
      '1:c3',
      '1:c1',
      '2:c1a',
      '1:c2',
    ]);
  });

  it('treats a unit whose parent is not visible as a root', () => {
    const units = [u('c1', 'p', 'commune', 'xã Đông Tiến'), u('c1a', 'c1', 'sector_agency', 'Bộ phận')];
    expect(orderUnitTree(units).map((x) => [x.id, x.depth])).toEqual([
      ['c1', 0],
      ['c1a', 1],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { fieldOptions } from './field-options.js';

const fields = [
  { code: 'HT', name: 'Hộ tịch' },
  { code: 'VHXH', name: 'Văn hóa - Xã hội' },
  { code: 'XD', name: 'Xây dựng' },
];
const counts = new Map([
  ['HT', 14],
  ['VHXH', 0],
]);

describe('field pickers of the administration', () => {
  it('marks a field without procedures and keeps it from being chosen anew', () => {
    expect(fieldOptions(fields, counts)).toEqual([
      { value: 'HT', label: 'Hộ tịch', disabled: false },
      { value: 'VHXH', label: 'Văn hóa - Xã hội (0 thủ tục)', disabled: true },
      { value: 'XD', label: 'Xây dựng (0 thủ tục)', disabled: true },
    ]);
  });

  it('leaves one already chosen removable, and disables nothing while the counts load', () => {
    const chosen = fieldOptions(fields, counts, ['VHXH'], (f) => `${f.code} — ${f.name}`);
    expect(chosen[1]).toEqual({
      value: 'VHXH',
      label: 'VHXH — Văn hóa - Xã hội (0 thủ tục)',
      disabled: false,
    });
    expect(fieldOptions(fields, undefined).every((o) => !o.disabled && !o.label.includes('thủ tục'))).toBe(
      true,
    );
  });
});

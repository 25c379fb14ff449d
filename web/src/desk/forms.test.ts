import { describe, expect, it } from 'vitest';
import { formPath, formsFor } from './forms.js';

describe('formsFor', () => {
  it('offers the receipt and the control slip once received, each form once', () => {
    expect(formsFor([{ action: 'receive' }, { action: 'assign' }, { action: 'extend' }], true)).toEqual([
      'receipt',
      'extension',
      'control-slip',
    ]);
  });
  it('offers the supplement request, then the receipt when the supplement came', () => {
    expect(formsFor([{ action: 'request_supplement' }], false)).toEqual(['supplement']);
    expect(formsFor([{ action: 'request_supplement' }, { action: 'receive_supplement' }], true)).toEqual([
      'supplement',
      'receipt',
      'control-slip',
    ]);
    expect(formsFor([{ action: 'refuse' }], false)).toEqual(['refusal']);
  });
  it('offers the declaration read back when the officer filled it', () => {
    expect(formsFor([{ action: 'receive' }], true, true)).toEqual(['receipt', 'control-slip', 'declaration']);
  });
  it('builds the path with the code escaped', () => {
    expect(formPath('H56.10.01-261125-0001', 'receipt')).toBe(
      '/api/dossiers/H56.10.01-261125-0001/forms/receipt.pdf',
    );
  });
});

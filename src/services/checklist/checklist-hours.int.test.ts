/**
 * The printed checklist says when to come from the provincial centre's service hours in force on the printing day
 * (the demo data's: winter afternoons end at 16:30, summer ones at 17:00), never from a fixed text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { pdfFlatText } from '../../adapters/pdf/pdf-test-utils.js';
import { renderProcedureChecklist } from './checklist.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ demo: true });
});
afterAll(() => t.close());

const printed = async (iso: string) =>
  pdfFlatText(
    (
      await renderProcedureChecklist(t.database.db, {
        code: '1.001193',
        publicUrl: 'https://motcua.example.vn',
        printedAt: new Date(iso),
      })
    ).pdf,
  );

describe('the checklist PDF’s hours', () => {
  it('are the centre’s winter hours in December and its summer hours in June', async () => {
    const winter = await printed('2026-12-08T02:00:00Z');
    expect(winter).toContain('Thứ Hai đến thứ Sáu: 07:00–11:30, 13:00–16:30 (giờ mùa đông)');
    expect(winter).not.toContain('13:30–17:00');
    const summer = await printed('2027-06-08T02:00:00Z');
    expect(summer).toContain('Thứ Hai đến thứ Sáu: 07:00–11:30, 13:30–17:00 (giờ mùa hè)');
  });
});

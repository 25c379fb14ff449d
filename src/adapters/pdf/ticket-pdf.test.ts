import { describe, expect, it } from 'vitest';
import { isPdf, pdfFlatText, pdfPageSizes } from './pdf-test-utils.js';
import { ticketPdf } from './ticket-pdf.js';

describe('ticket PDF', () => {
  it('prints an 80 mm ticket with the number, the field, the people ahead and the priority mark', async () => {
    const pdf = await ticketPdf({
      unitName: 'UBND xã Đông Tiến',
      number: 'HT-012',
      fieldName: 'Hộ tịch',
      issuedAtText: '08:15 ngày 07/12/2026',
      ahead: 3,
      priority: true,
      url: 'https://motcua.example/so-thu-tu/0b5c1f0e-8a55-4c1e-9d0b-6a3d2a1f9e11',
    });
    expect(isPdf(pdf)).toBe(true);
    const [size] = pdfPageSizes(pdf);
    expect(size![0]).toBeCloseTo(226.8, 0);
    const text = pdfFlatText(pdf);
    for (const part of [
      'HT-012',
      'Hộ tịch',
      'Số người chờ trước bạn: 3',
      'ƯU TIÊN',
      '08:15 ngày 07/12/2026',
    ]) {
      expect(text).toContain(part);
    }
  });
});

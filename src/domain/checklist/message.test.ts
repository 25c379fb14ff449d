/**
 * The documents list of checklist messages: essentials first, the full list when it fits, else the essentials and
 * the link — on the demo catalogue's birth registration and on generated checklists (fast-check).
 */
import fc from 'fast-check';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogueFile, RequiredDocument } from '../catalogue/record.js';
import { defaultTemplate, renderTemplate, type NotifyChannel } from '../notify/templates.js';
import { answeredChecklist, isEssential } from './answered.js';
import type { Answers } from './conditions.js';
import { documentListText, fitDocumentList, fitsChannel, shortDocumentName } from './message.js';

const demo = JSON.parse(
  fs.readFileSync(new URL('../../services/demo-data/demo-catalogue.json', import.meta.url), 'utf8'),
) as CatalogueFile;
const birth = demo.procedures.find((p) => p.code === '1.001193')!;
const LINK = 'https://motcua.thanhhoa.gov.vn/giay-to/K7M2QX9P';

/** The hotline's checklist message as the composer builds it (the link replaces the procedure page's). */
function hotlineMessage(
  channel: NotifyChannel,
  documents: ReturnType<typeof answeredChecklist>['documents'],
) {
  const template = defaultTemplate('hotline_checklist', channel);
  const params = (list: string, linked: boolean) => ({
    thuTuc: 'Đăng ký khai sinh',
    danhSach: list,
    lienKet: linked ? LINK : 'https://motcua.thanhhoa.gov.vn/thu-tuc/1.001193',
  });
  const fitted = fitDocumentList(documents, (c) =>
    fitsChannel(channel, renderTemplate(channel, template, params(c.list, c.linked), { cut: false })),
  );
  return { fitted, text: renderTemplate(channel, template, params(fitted.list, fitted.linked)) };
}

describe('birth registration messages', () => {
  const answers: Answers = { tre_bo_roi: 'no', mang_thai_ho: 'no', uy_quyen: 'no' };

  it('names the declaration, the birth certificate and the ID paper, never the abandoned-child record', () => {
    const { text } = hotlineMessage('sms', answeredChecklist(birth, answers).documents);
    expect(text).toContain('To khai dang ky khai sinh');
    expect(text).toContain('Giay chung sinh');
    expect(text).toContain('Giay to tuy than');
    expect(text).not.toMatch(/bo roi/);
    expect(text).not.toMatch(/mang thai ho/);
    expect(text).not.toMatch(/uy quyen/i);
  });

  it('lists the essentials first and the papers that depend on an unanswered question after them', () => {
    const list = documentListText(answeredChecklist(birth, answers).documents);
    expect(list.indexOf('Giấy tờ chứng minh nơi cư trú')).toBeLessThan(list.indexOf('Tùy trường hợp'));
    expect(list).toMatch(/Tùy trường hợp: \d\) Văn bản của người làm chứng/);
  });

  it('without answers, names every essential and keeps the others for the link when they do not all fit', () => {
    const { fitted, text } = hotlineMessage('sms', answeredChecklist(birth, {}).documents);
    expect(fitted.linked).toBe(true);
    expect(text).toContain(LINK);
    for (const name of ['To khai dang ky khai sinh', 'Giay chung sinh', 'Giay to tuy than', 'noi cu tru'])
      expect(text).toContain(name);
    // Zalo's limit is larger: the whole list fits there.
    expect(hotlineMessage('zalo', answeredChecklist(birth, {}).documents).fitted.linked).toBe(false);
  });
});

describe('shortDocumentName', () => {
  it('keeps what people call the paper', () => {
    expect(
      shortDocumentName(
        'Giấy tờ tùy thân: hộ chiếu, thẻ căn cước, căn cước điện tử hoặc giấy tờ khác có ảnh còn giá trị sử dụng',
      ),
    ).toBe('Giấy tờ tùy thân');
    expect(shortDocumentName('Tờ khai đăng ký khai sinh (theo mẫu)')).toBe('Tờ khai đăng ký khai sinh');
    expect(shortDocumentName('Giấy khai sinh của người được nhận làm con nuôi')).toBe('Giấy khai sinh');
    expect(shortDocumentName('x'.repeat(100))).toHaveLength(47);
    expect(
      shortDocumentName('Giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản hoặc giấy tờ thay thế'),
    ).toBe('Giấy chứng nhận quyền sở hữu, quyền sử dụng...');
  });
});

const docArb: fc.Arbitrary<RequiredDocument> = fc.record({
  name: fc.stringMatching(/^[A-Za-zÀ-ỹ ]{3,120}$/),
  kind: fc.constantFrom('submit' as const, 'present' as const),
  originals: fc.integer({ min: 0, max: 2 }),
  copies: fc.integer({ min: 0, max: 2 }),
  condition: fc.option(fc.record({ question: fc.constantFrom('a', 'b'), answers: fc.constant(['yes']) }), {
    nil: undefined,
  }),
});

describe('fitDocumentList (property)', () => {
  it('fits the channel, names every essential when they fit briefly, and links whenever it leaves one out', () => {
    fc.assert(
      fc.property(
        fc.array(docArb, { maxLength: 14 }),
        fc.record({ a: fc.constantFrom('yes', 'no'), b: fc.constantFrom('yes', 'no') }, { requiredKeys: [] }),
        fc.constantFrom<NotifyChannel>('sms', 'zalo', 'email'),
        (documents, answers, channel) => {
          const record = { cases: [], documents, questions: [] };
          const answered = answeredChecklist(record, answers).documents;
          const { fitted, text } = hotlineMessage(channel, answered);
          const essentials = answered.filter(isEssential);
          if (!fitted.linked) {
            // Not linked: the whole list is there.
            expect(fitted.list).toBe(documentListText(answered));
            return;
          }
          expect(text).toContain(LINK);
          if (!fitted.list.includes('giấy tờ khác') && !/^\d+ giấy tờ$/.test(fitted.list)) {
            for (const e of essentials) expect(fitted.list).toContain(shortDocumentName(e.document.name));
          }
          expect(fitsChannel(channel, text)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

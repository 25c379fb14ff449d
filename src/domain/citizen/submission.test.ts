import { describe, expect, it } from 'vitest';
import {
  coveredByForm,
  fitsFile,
  fitsSubmission,
  isSubmittableOnline,
  MAX_SUBMISSION_BYTES,
  papersMissing,
  papersToUpload,
  storedFileParts,
} from './submission.js';
import { MAX_ATTACHMENT_BYTES, sniffAttachmentType } from '../dossier/attachments.js';

const docs = [
  { name: 'Tờ khai đăng ký khai sinh (theo mẫu)' },
  { name: 'Giấy chứng sinh' },
  { name: 'Văn bản ủy quyền', condition: { question: 'uy_quyen', answers: ['yes'] } },
  { name: 'Giấy tờ của trường hợp khác', case: 'Khác' },
];

describe('online submission rules', () => {
  it('offers full and partial online procedures only', () => {
    expect(isSubmittableOnline({ onlineLevel: 'full' })).toBe(true);
    expect(isSubmittableOnline({ onlineLevel: 'partial' })).toBe(true);
    expect(isSubmittableOnline({ onlineLevel: 'none' })).toBe(false);
  });

  it('asks for a file per needed paper but the declaration, by the answers', () => {
    expect(coveredByForm({ name: ' Tờ khai đề nghị …' })).toBe(true);
    expect(coveredByForm({ name: 'Bản sao tờ khai cũ' })).toBe(false);
    expect(papersToUpload(docs, {}).map((p) => p.position)).toEqual([1]);
    expect(papersToUpload(docs, { uy_quyen: 'yes' }).map((p) => p.position)).toEqual([1, 2]);
    expect(papersMissing(papersToUpload(docs, { uy_quyen: 'yes' }), [2])).toEqual([
      { position: 1, name: 'Giấy chứng sinh' },
    ]);
  });

  it('caps a file at 10 MB and a submission at 50 MB', () => {
    expect(fitsFile(MAX_ATTACHMENT_BYTES)).toBe(true);
    expect(fitsFile(MAX_ATTACHMENT_BYTES + 1)).toBe(false);
    expect(fitsSubmission(MAX_SUBMISSION_BYTES - 10, 10)).toBe(true);
    expect(fitsSubmission(MAX_SUBMISSION_BYTES - 10, 11)).toBe(false);
  });

  it('names a stored file by its SHA-256 in two levels of folders', () => {
    const sha = 'ab' + 'cd' + '0'.repeat(60);
    expect(storedFileParts(sha)).toEqual(['ab', 'cd', sha]);
    expect(() => storedFileParts('../../etc/passwd')).toThrow();
  });

  it('knows a file by its bytes: an executable named .pdf is none of the accepted types', () => {
    expect(sniffAttachmentType(Buffer.from('MZ\x90\x00 program'))).toBeUndefined();
    expect(sniffAttachmentType(Buffer.from('\x7fELF'))).toBeUndefined();
    expect(sniffAttachmentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
  });
});

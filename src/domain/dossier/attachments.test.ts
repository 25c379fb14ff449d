import { describe, expect, it } from 'vitest';
import { cleanFileName, sniffAttachmentType } from './attachments.js';

describe('attachments', () => {
  it('recognises PDF, JPEG and PNG by their first bytes, and nothing else', () => {
    expect(sniffAttachmentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffAttachmentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffAttachmentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    expect(sniffAttachmentType(Buffer.from('MZ\x90\x00'))).toBeUndefined();
    expect(sniffAttachmentType(Buffer.from('<html>'))).toBeUndefined();
    expect(sniffAttachmentType(new Uint8Array())).toBeUndefined();
  });

  it('keeps Vietnamese names, drops paths and unsafe characters, and uses the real extension', () => {
    expect(cleanFileName('C:\\scan\\Giấy chứng sinh.PDF', 'application/pdf')).toBe('Giấy chứng sinh.pdf');
    expect(cleanFileName('../../etc/passwd', 'image/png')).toBe('passwd.png');
    expect(cleanFileName('a"b<c>\n.jpg', 'image/jpeg')).toBe('abc.jpg');
    expect(cleanFileName('', 'image/jpeg')).toBe('ban-quet.jpg');
    expect(cleanFileName('x'.repeat(500), 'application/pdf')).toHaveLength(200);
  });
});

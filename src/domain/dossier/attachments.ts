/**
 * Scans attached to a dossier: which files are accepted (PDF, JPEG, PNG — what desk scanners and phones produce),
 * recognised by their first bytes rather than by what the browser claims, at most 10 MB each.
 */
export const attachmentTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentType = (typeof attachmentTypes)[number];
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The type the bytes really are, or undefined when they are none of the accepted ones. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  return undefined;
}

const extensions: Record<AttachmentType, string> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
};

/**
 * A file name safe to store and to send back in Content-Disposition: no path, no control characters, at most
 * 200 characters, with the extension of its real type. Vietnamese letters are kept.
 */
export function cleanFileName(raw: string | undefined, type: AttachmentType): string {
  const base = (raw ?? '')
    .split(/[\\/]/)
    .pop()!
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.(pdf|jpe?g|png)$/i, '');
  const ext = extensions[type];
  return (base || 'ban-quet').slice(0, 200 - ext.length) + ext;
}

/**
 * The rules of a citizen's online submission (docs/DECISIONS.md, "Drafts", "Citizen uploads on disk"): which
 * procedures may be submitted online, which papers must be uploaded for the answers given, the size caps, and
 * where a stored file lives (named by its SHA-256). Pure; shared with the browser (the wizard shows the same list).
 */
import type { ProcedureRecord, RequiredDocument } from '../catalogue/record.js';
import { isNeeded, type Answers } from '../checklist/conditions.js';
import { MAX_ATTACHMENT_BYTES } from '../dossier/attachments.js';

export { MAX_ATTACHMENT_BYTES } from '../dossier/attachments.js';
/** Everything uploaded for one draft or dossier, at most. */
export const MAX_SUBMISSION_BYTES = 50 * 1024 * 1024;
/** Slack for the multipart envelope around one file (boundaries, headers), when the request's length is checked. */
export const MULTIPART_SLACK_BYTES = 16 * 1024;

export const TOO_LARGE_FILE_MESSAGE =
  'Tệp lớn hơn 10 MB. Vui lòng chọn tệp nhỏ hơn hoặc quét với độ phân giải thấp hơn.';
export const TOO_LARGE_TOTAL_MESSAGE = 'Tổng dung lượng các tệp của hồ sơ vượt quá 50 MB.';
export const WRONG_TYPE_MESSAGE =
  'Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp, không theo tên tệp).';

/** Online levels a citizen may submit at (full: toàn trình, partial: một phần). */
export function isSubmittableOnline(record: Pick<ProcedureRecord, 'onlineLevel'>): boolean {
  return record.onlineLevel === 'full' || record.onlineLevel === 'partial';
}

/**
 * A declaration (tờ khai) is the e-form the citizen fills in the wizard: it needs no upload. Recognised by its name,
 * as the national catalogue writes it ("Tờ khai …").
 */
export function coveredByForm(doc: Pick<RequiredDocument, 'name'>): boolean {
  return /^tờ khai\b/iu.test(doc.name.normalize('NFC').trim());
}

export interface PaperToUpload {
  position: number;
  name: string;
}

/**
 * The papers to upload for these answers: every document needed (always, or its condition holds) but the
 * declaration — online, a paper to show (xuất trình) is shown as its scan too. Documents of a named case are left
 * to the officer.
 */
export function papersToUpload(
  documents: readonly Pick<RequiredDocument, 'name' | 'case' | 'condition'>[],
  answers: Answers,
): PaperToUpload[] {
  return documents.flatMap((doc, position) =>
    !doc.case && isNeeded(doc, answers) && !coveredByForm(doc) ? [{ position, name: doc.name }] : [],
  );
}

/** The papers still without a file, given the positions that have one. */
export function papersMissing(papers: readonly PaperToUpload[], uploaded: Iterable<number>): PaperToUpload[] {
  const have = new Set(uploaded);
  return papers.filter((p) => !have.has(p.position));
}

/** Whether one more file of `adding` bytes keeps the draft or dossier within its cap. */
export const fitsSubmission = (current: number, adding: number) => current + adding <= MAX_SUBMISSION_BYTES;

/** Whether a single upload is within its cap. */
export const fitsFile = (size: number) => size <= MAX_ATTACHMENT_BYTES;

const SHA256 = /^[0-9a-f]{64}$/;

/** Where the content with this SHA-256 is kept, below the files' root: ["ab", "cd", "<sha256>"]. */
export function storedFileParts(sha256: string): [string, string, string] {
  if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256.slice(0, 80)}`);
  return [sha256.slice(0, 2), sha256.slice(2, 4), sha256];
}

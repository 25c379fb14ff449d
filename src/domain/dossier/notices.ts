/**
 * What a citizen is told by SMS when something happens to their dossier: the code, what happens next, and where
 * to look it up. Written in Vietnamese; the outbox strips diacritics for SMS. Until administrators can edit
 * templates, these are the wording.
 */
import { formatInstant } from '../calendar/time-zone.js';

export const noticeEvents = [
  'dossier_received',
  'supplement_requested',
  'dossier_refused',
  'extension_apology',
  'result_ready',
  'processing_stopped',
] as const;
export type NoticeEvent = (typeof noticeEvents)[number];

export interface NoticeFacts {
  code: string;
  procedureName: string;
  /** Where the result is collected (the receiving unit). */
  unitName: string;
  dueAt: number | null;
  /** Missing documents (supplement), reasons (refusal, stop, extension). */
  items?: readonly string[];
  /** Base URL of the public site, for the tracking link; omitted when unknown. */
  publicUrl?: string | undefined;
}

/** "09:30 27/11/2026" in Vietnam's time. */
export function shortDateTime(ms: number, timeZone = 'Asia/Ho_Chi_Minh'): string {
  const iso = formatInstant(timeZone, ms);
  return `${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

const MAX_ITEMS_CHARS = 300;
function list(items: readonly string[] | undefined): string {
  const text = (items ?? [])
    .map((s) => s.trim())
    .filter(Boolean)
    .join('; ');
  return text.length > MAX_ITEMS_CHARS ? text.slice(0, MAX_ITEMS_CHARS - 3) + '...' : text;
}

export function noticeText(event: NoticeEvent, f: NoticeFacts): string {
  const track = f.publicUrl ? ` Tra cứu: ${f.publicUrl}/tra-cuu?ma=${f.code}` : '';
  const due = f.dueAt === null ? '' : shortDateTime(f.dueAt);
  switch (event) {
    case 'dossier_received':
      return `Hồ sơ ${f.code} (${f.procedureName}) đã được tiếp nhận tại ${f.unitName}.${due ? ` Hẹn trả kết quả: ${due}.` : ''}${track}`;
    case 'supplement_requested':
      return `Hồ sơ ${f.code} cần bổ sung: ${list(f.items)}. Vui lòng nộp bổ sung tại ${f.unitName}.${track}`;
    case 'dossier_refused':
      return `Hồ sơ ${f.code} không được giải quyết. Lý do: ${list(f.items)}.${track}`;
    case 'extension_apology':
      return `${f.unitName} xin lỗi ông/bà: hồ sơ ${f.code} chưa có kết quả đúng hẹn.${due ? ` Hẹn mới: ${due}.` : ''}${track}`;
    case 'result_ready':
      return `Hồ sơ ${f.code} đã có kết quả. Mời ông/bà đến nhận tại ${f.unitName} trong giờ làm việc, mang theo giấy hẹn.${track}`;
    case 'processing_stopped':
      return `Hồ sơ ${f.code} đã dừng giải quyết. Lý do: ${list(f.items)}.${track}`;
  }
}

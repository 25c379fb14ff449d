/**
 * Message templates per event and channel: the placeholders a template may use ({{maHoSo}}, …), optional parts
 * ({{#lienKet}} … {{/lienKet}}, kept only when the value is not empty), the built-in wording (the defaults an
 * administrator may replace), the check run before a template is saved, and rendering. Pure; shared with the
 * browser (the editor shows the same preview and segment count as the server).
 */
import { smsSegments, stripDiacritics } from './sms-text.js';

/** The events of a dossier's life the citizen is told of (src/domain/dossier/notices.ts). */
export const dossierNoticeEvents = [
  'dossier_submitted',
  'dossier_received',
  'supplement_requested',
  'dossier_refused',
  'extension_apology',
  'result_ready',
  'processing_stopped',
  'result_returned',
] as const;

export const notifyEvents = [
  ...dossierNoticeEvents,
  'one_time_code',
  'appointment_booked',
  'appointment_moved',
  'appointment_reminder',
  'appointment_cancelled',
  'ticket_near',
  'hotline_checklist',
  'tracking_guarded',
  'rating_answered',
] as const;
export type NotifyEvent = (typeof notifyEvents)[number];

export const notifyChannels = ['sms', 'email', 'zalo'] as const;
export type NotifyChannel = (typeof notifyChannels)[number];

export const eventLabels: Record<NotifyEvent, string> = {
  dossier_submitted: 'Nộp hồ sơ trực tuyến',
  dossier_received: 'Tiếp nhận hồ sơ',
  supplement_requested: 'Yêu cầu bổ sung hồ sơ',
  dossier_refused: 'Từ chối giải quyết',
  extension_apology: 'Gia hạn, xin lỗi',
  result_ready: 'Có kết quả',
  processing_stopped: 'Dừng giải quyết',
  result_returned: 'Đã trả kết quả',
  one_time_code: 'Mã xác nhận (OTP)',
  appointment_booked: 'Đặt lịch hẹn',
  appointment_moved: 'Đổi lịch hẹn',
  appointment_reminder: 'Nhắc lịch hẹn',
  appointment_cancelled: 'Hủy lịch hẹn',
  ticket_near: 'Sắp đến lượt',
  hotline_checklist: 'Danh mục giấy tờ (tổng đài)',
  tracking_guarded: 'Tra cứu sai nhiều lần',
  rating_answered: 'Trả lời ý kiến không hài lòng',
};

/**
 * What a message is to the citizen, which decides whether a cap may hold it (src/services/notify/holds.ts):
 * - `transactional`: the answer to something the citizen just did or is owed (a receipt, a supplement request, a
 *   result, the checklist they asked for, a booking's confirmation, a one-time code) — never held by the
 *   per-number hourly limit or the unit's daily cap (quiet hours still apply, one-time codes excepted);
 * - `reminder`: useful only before a moment (a booking reminder, "your turn is near") — capped, and dropped when a
 *   hold would deliver it too late;
 * - `courtesy`: thanks and invitations (the rating link after a result is returned) — capped.
 * A new event must be classed here (the record is total), not special-cased in the hold rules.
 */
export type EventClass = 'transactional' | 'reminder' | 'courtesy';
export const eventClasses: Record<NotifyEvent, EventClass> = {
  dossier_submitted: 'transactional',
  dossier_received: 'transactional',
  supplement_requested: 'transactional',
  dossier_refused: 'transactional',
  extension_apology: 'transactional',
  result_ready: 'transactional',
  processing_stopped: 'transactional',
  result_returned: 'courtesy',
  one_time_code: 'transactional',
  appointment_booked: 'transactional',
  appointment_moved: 'transactional',
  appointment_reminder: 'reminder',
  appointment_cancelled: 'transactional',
  ticket_near: 'reminder',
  hotline_checklist: 'transactional',
  // A security notice the citizen is owed: never capped (quiet hours apply).
  tracking_guarded: 'transactional',
  // The answer the unit's leaders owe a citizen who was not satisfied.
  rating_answered: 'transactional',
};

/** Every placeholder a template may use, with what it holds and the value shown in previews. */
export const placeholders = {
  maHoSo: { label: 'Mã hồ sơ', sample: 'H56.10.01-261125-0001' },
  thuTuc: { label: 'Tên thủ tục', sample: 'Đăng ký khai sinh' },
  hanTra: { label: 'Hẹn trả kết quả (hh:mm dd/mm/yyyy)', sample: '17:00 27/11/2026' },
  hanMoi: { label: 'Ngày hẹn mới (hh:mm dd/mm/yyyy)', sample: '10:00 04/12/2026' },
  donVi: { label: 'Đơn vị', sample: 'UBND xã Đông Tiến' },
  lienKet: {
    label: 'Liên kết tra cứu / đánh giá',
    sample: 'https://motcua.thanhhoa.gov.vn/tra-cuu?ma=H56.10.01-261125-0001',
  },
  danhSach: { label: 'Giấy tờ cần bổ sung / lý do', sample: 'Giấy chứng sinh; Tờ khai đăng ký khai sinh' },
  traSom: { label: 'Ghi chú trả sớm (trống nếu đúng hẹn)', sample: 'Trả sớm hơn hẹn 2 ngày' },
  mangTheo: {
    label:
      'Mang theo khi nhận kết quả (nộp tại đơn vị: giấy hẹn; nộp trực tuyến: căn cước và bản chính giấy tờ)',
    sample: 'mang theo giấy hẹn',
  },
  cachNop: {
    label: 'Nộp bổ sung ở đâu (tại đơn vị; hồ sơ trực tuyến: trực tuyến hoặc tại đơn vị)',
    sample: 'tại UBND xã Đông Tiến',
  },
  maXacNhan: { label: 'Mã xác nhận', sample: '482913' },
  mucDich: { label: 'Mã dùng để (tờ khai hồ sơ, nộp hồ sơ trực tuyến, đăng nhập)', sample: 'tờ khai hồ sơ' },
  thoiGian: { label: 'Thời gian hẹn (hh:mm dd/mm/yyyy)', sample: '08:30 05/12/2026' },
  diaDiem: { label: 'Địa điểm', sample: 'Bộ phận Một cửa, UBND xã Đông Tiến' },
  soThuTu: { label: 'Số thứ tự', sample: 'A015' },
  maLichHen: { label: 'Mã lịch hẹn', sample: 'K7M2-QX9P' },
  giayTo: {
    label: 'Giấy tờ mang theo (rút gọn)',
    sample: '1) Tờ khai đăng ký khai sinh (1 bản chính); 2) Giấy chứng sinh (1 bản chính)',
  },
  conLai: { label: 'Số lượt còn lại trước', sample: '3' },
} as const;
export type Placeholder = keyof typeof placeholders;
export type TemplateParams = Partial<Record<Placeholder, string | null | undefined>>;

/** At most this many SMS segments (GSM-7, 153 characters each when split) for a rendered SMS. */
export const MAX_SMS_SEGMENTS = 3;
const MAX_SMS_CHARS = MAX_SMS_SEGMENTS * 153;
export const MAX_TEMPLATE_CHARS = 2000;

const track = '{{#lienKet}} Tra cứu: {{lienKet}}{{/lienKet}}';
// The link first, so that a long list of documents is what the SMS cap cuts, never the link.
const manage = '{{#lienKet}} Xem, đổi, hủy lịch: {{lienKet}}{{/lienKet}}';
const smsDefaults: Record<NotifyEvent, string> = {
  dossier_submitted: `Hồ sơ {{maHoSo}} ({{thuTuc}}) đã được nộp trực tuyến đến {{donVi}} và đang chờ cán bộ tiếp nhận kiểm tra.${track}`,
  dossier_received: `Hồ sơ {{maHoSo}} ({{thuTuc}}) đã được tiếp nhận tại {{donVi}}.{{#hanTra}} Hẹn trả kết quả: {{hanTra}}.{{/hanTra}}${track}`,
  supplement_requested: `Hồ sơ {{maHoSo}} cần bổ sung: {{danhSach}}. Vui lòng nộp bổ sung {{cachNop}}.${track}`,
  dossier_refused: `Hồ sơ {{maHoSo}} không được giải quyết. Lý do: {{danhSach}}.${track}`,
  extension_apology: `{{donVi}} xin lỗi ông/bà: hồ sơ {{maHoSo}} chưa có kết quả đúng hẹn.{{#hanMoi}} Hẹn mới: {{hanMoi}}.{{/hanMoi}}${track}`,
  result_ready: `Hồ sơ {{maHoSo}} đã có kết quả.{{#traSom}} {{traSom}}.{{/traSom}} Mời ông/bà đến nhận tại {{donVi}} trong giờ làm việc, {{mangTheo}}.${track}`,
  processing_stopped: `Hồ sơ {{maHoSo}} đã dừng giải quyết. Lý do: {{danhSach}}.${track}`,
  result_returned:
    'Hồ sơ {{maHoSo}} đã trả kết quả. Cảm ơn ông/bà.{{#lienKet}} Mời đánh giá mức độ hài lòng: {{lienKet}}{{/lienKet}}',
  one_time_code:
    'Mã xác nhận{{#mucDich}} {{mucDich}}{{/mucDich}} của ông/bà là {{maXacNhan}}. Mã có hiệu lực 5 phút. Không cung cấp mã cho người khác.',
  appointment_booked: `Lịch hẹn {{maLichHen}}: {{thoiGian}} tại {{diaDiem}}{{#thuTuc}}, thủ tục {{thuTuc}}{{/thuTuc}}.${manage}{{#giayTo}} Giấy tờ mang theo: {{giayTo}}.{{/giayTo}}`,
  appointment_moved: `Lịch hẹn {{maLichHen}} đã đổi sang {{thoiGian}} tại {{diaDiem}}.${manage}{{#giayTo}} Giấy tờ mang theo: {{giayTo}}.{{/giayTo}}`,
  appointment_reminder: `Nhắc lịch hẹn {{maLichHen}}: {{thoiGian}} tại {{diaDiem}}. Vui lòng đến đúng giờ, mang đủ giấy tờ.${manage}`,
  appointment_cancelled: 'Lịch hẹn {{maLichHen}} lúc {{thoiGian}} tại {{diaDiem}} đã được hủy.',
  ticket_near: 'Số {{soThuTu}} sắp đến lượt tại {{donVi}}: còn {{conLai}} lượt trước ông/bà.',
  hotline_checklist:
    'Giấy tờ cần chuẩn bị cho thủ tục {{thuTuc}}: {{danhSach}}.{{#lienKet}} Chi tiết: {{lienKet}}{{/lienKet}}',
  tracking_guarded:
    'Hồ sơ {{maHoSo}} vừa được tra cứu với số điện thoại sai nhiều lần. Để bảo vệ thông tin, trong 24 giờ tới chỉ tra cứu được bằng số điện thoại đầy đủ của ông/bà.',
  rating_answered:
    'Hồ sơ {{maHoSo}}: {{donVi}} đã trả lời ý kiến không hài lòng của ông/bà.{{#lienKet}} Xem trả lời: {{lienKet}}{{/lienKet}}',
};

/** The built-in template of an event on a channel (email and Zalo keep the diacritics and say the same). */
export function defaultTemplate(event: NotifyEvent, _channel: NotifyChannel): string {
  return smsDefaults[event];
}

const TOKEN_RE = /\{\{\s*([#/]?)([^{}]*?)\s*\}\}/g;

export interface TemplateIssue {
  code: 'TEMPLATE_EMPTY' | 'TEMPLATE_UNKNOWN_PLACEHOLDER' | 'TEMPLATE_UNBALANCED' | 'TEMPLATE_TOO_LONG';
  message: string;
}

/** What is wrong with a template (empty when it may be saved). SMS: the sample rendering within the cap. */
export function checkTemplate(channel: NotifyChannel, body: string): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  if (!body.trim()) issues.push({ code: 'TEMPLATE_EMPTY', message: 'Mẫu tin không được để trống.' });
  if (body.length > MAX_TEMPLATE_CHARS) {
    issues.push({ code: 'TEMPLATE_TOO_LONG', message: `Mẫu tin dài quá ${MAX_TEMPLATE_CHARS} ký tự.` });
  }
  const unknown = new Set<string>();
  const open: string[] = [];
  let unbalanced = false;
  for (const m of body.matchAll(TOKEN_RE)) {
    const [, mark, name = ''] = m;
    if (!(name in placeholders)) unknown.add(name);
    if (mark === '#') open.push(name);
    else if (mark === '/' && open.pop() !== name) unbalanced = true;
  }
  // A stray brace pair that is not a placeholder, e.g. "{{ma ho so" or "{maHoSo}}".
  const stripped = body.replace(TOKEN_RE, '');
  if (/\{\{|\}\}/.test(stripped)) unbalanced = true;
  if (unknown.size) {
    issues.push({
      code: 'TEMPLATE_UNKNOWN_PLACEHOLDER',
      message: `Mẫu tin có trường không được hỗ trợ: ${[...unknown].map((n) => `{{${n}}}`).join(', ')}. Các trường được dùng: ${Object.keys(
        placeholders,
      )
        .map((n) => `{{${n}}}`)
        .join(', ')}.`,
    });
  }
  if (unbalanced || open.length) {
    issues.push({
      code: 'TEMPLATE_UNBALANCED',
      message: 'Phần tùy chọn {{#ten}} … {{/ten}} phải được mở và đóng đúng cặp.',
    });
  }
  if (channel === 'sms' && !issues.length) {
    const { segments } = smsInfo(renderRaw(body, samplePlaceholderValues()));
    if (segments > MAX_SMS_SEGMENTS) {
      issues.push({
        code: 'TEMPLATE_TOO_LONG',
        message: `Tin nhắn mẫu dài ${segments} phần, vượt giới hạn ${MAX_SMS_SEGMENTS} phần tin nhắn.`,
      });
    }
  }
  return issues;
}

/** Sample values of every placeholder, for previews and for the length check. */
export function samplePlaceholderValues(): Record<Placeholder, string> {
  return Object.fromEntries(Object.entries(placeholders).map(([k, v]) => [k, v.sample])) as Record<
    Placeholder,
    string
  >;
}

/** Fills placeholders; an optional part is kept only when its value is not empty; unknown names give ''. */
function renderRaw(body: string, params: TemplateParams): string {
  const value = (name: string) => (params[name as Placeholder] ?? '').trim();
  const sections = /\{\{\s*#\s*([^{}]*?)\s*\}\}([\s\S]*?)\{\{\s*\/\s*\1\s*\}\}/g;
  let text = body;
  // Innermost first, so nested optional parts work too.
  for (let guard = 0; guard < 10 && sections.test(text); guard++) {
    sections.lastIndex = 0;
    text = text.replace(sections, (_all, name: string, inner: string) => (value(name) ? inner : ''));
  }
  return text.replace(TOKEN_RE, (_all, mark: string, name: string) => (mark ? '' : value(name)));
}

export function smsInfo(text: string): {
  text: string;
  encoding: 'gsm7' | 'ucs2';
  segments: number;
  chars: number;
} {
  const plain = stripDiacritics(text);
  return { text: plain, ...smsSegments(plain), chars: plain.length };
}

/**
 * The message for a channel: SMS without diacritics and cut to MAX_SMS_SEGMENTS (`cut: false` for the editor's
 * preview, which shows how long the text really is); others as written.
 */
export function renderTemplate(
  channel: NotifyChannel,
  body: string,
  params: TemplateParams,
  opts: { cut?: boolean } = {},
): string {
  const text = renderRaw(body, params)
    .replace(/[ \t]+/g, ' ')
    .trim();
  if (channel !== 'sms') return text;
  let plain = stripDiacritics(text);
  if (opts.cut === false || smsSegments(plain).segments <= MAX_SMS_SEGMENTS) return plain;
  let cut = Math.min(
    plain.length,
    smsSegments(plain).encoding === 'gsm7' ? MAX_SMS_CHARS : MAX_SMS_SEGMENTS * 67,
  );
  do {
    plain = plain.slice(0, cut - 3) + '...';
    cut -= 1;
  } while (smsSegments(plain).segments > MAX_SMS_SEGMENTS);
  return plain;
}

/** Joins a list for a message ("a; b; c"), at most `max` characters. */
export function listParam(items: readonly string[] | undefined, max = 300): string {
  const text = (items ?? [])
    .map((s) => s.trim())
    .filter(Boolean)
    .join('; ');
  return text.length > max ? text.slice(0, max - 3) + '...' : text;
}

/**
 * What a citizen is told when something happens to their dossier: the code, what happens next, and where to look
 * it up. The wording is the event's template (src/domain/notify/templates.ts: built-in defaults, replaceable by
 * the administrator); this module turns a dossier's facts into the template's placeholder values.
 */
import { formatTimeDate } from '../format/format.js';
import {
  defaultTemplate,
  dossierNoticeEvents,
  listParam,
  renderTemplate,
  type TemplateParams,
} from '../notify/templates.js';

export const noticeEvents = dossierNoticeEvents;
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
  /** The instant of the event, to tell an early result (result ready before the appointment). */
  at?: number | undefined;
  /**
   * Submitted online: the link is the applicant's own dossier page (the receipt, what is missing, the upload), and
   * a supplement may be sent online rather than brought to the unit.
   */
  online?: boolean | undefined;
}

/** The applicant's page of their own dossier on the public site (web/src/citizen/dossier-page.tsx). */
export const citizenDossierPath = (code: string) => `/cong-dan/ho-so/${encodeURIComponent(code)}`;

/** "09:30 27/11/2026" in Vietnam's time. */
export const shortDateTime = (ms: number) => formatTimeDate(ms);

const DAY_MS = 86_400_000;

/** The placeholder values of a dossier notice. */
export function noticeParams(f: NoticeFacts): TemplateParams {
  const due = f.dueAt === null ? '' : shortDateTime(f.dueAt);
  const early = f.at !== undefined && f.dueAt !== null ? Math.floor((f.dueAt - f.at) / DAY_MS) : 0;
  return {
    maHoSo: f.code,
    thuTuc: f.procedureName,
    donVi: f.unitName,
    hanTra: due,
    hanMoi: due,
    danhSach: listParam(f.items),
    // The rating page is not built yet: the tracking page is where the citizen sees the result and the outcome.
    lienKet: f.publicUrl
      ? f.online
        ? `${f.publicUrl}${citizenDossierPath(f.code)}`
        : `${f.publicUrl}/tra-cuu?ma=${f.code}`
      : '',
    cachNop: f.online
      ? `trực tuyến tại mục Hồ sơ của tôi trên Cổng dịch vụ công, hoặc tại ${f.unitName}`
      : `tại ${f.unitName}`,
    // Submitted online there is no paper receipt to bring: the person shows who they are and the originals.
    mangTheo: f.online
      ? 'mang theo căn cước và bản chính các giấy tờ đã nộp trực tuyến để đối chiếu'
      : 'mang theo giấy hẹn',
    traSom: early >= 1 ? `Trả sớm hơn hẹn ${early} ngày` : '',
  };
}

/** The built-in wording of a notice, with diacritics (the SMS template strips them when rendered for SMS). */
export function noticeText(event: NoticeEvent, f: NoticeFacts): string {
  return renderTemplate('email', defaultTemplate(event, 'email'), noticeParams(f));
}

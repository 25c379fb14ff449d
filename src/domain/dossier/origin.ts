/**
 * Where a dossier came from, as its page shows it (shared by the server and the desk): the applicant's answers to
 * the checklist questions in words, the appointment, ticket, hotline call and checklist it was received from, and
 * the online public service point where a helper submitted it for the citizen.
 */

/** How the citizen consented to a helper's submission at a service point. */
export type PointConsent = 'otp' | 'signature';

export const pointConsentLabels: Record<PointConsent, string> = {
  otp: 'mã xác nhận gửi tới điện thoại của người dân',
  signature: 'chữ ký của người dân trên thiết bị của người hỗ trợ',
};
export interface DossierOrigin {
  /** "Trẻ bị bỏ rơi? — Không", one line per answer. */
  answers: string[];
  appointment: { code: string; date: string; startTime: string } | null;
  ticket: { number: string; issuedAt: string } | null;
  call: { reference: string; startedAt: string } | null;
  checklist: { procedureCode: string; sentAt: string } | null;
  /** Submitted online at a service point by a helper (counted as online and as assisted). */
  servicePoint: { name: string; helper: string; consent: PointConsent; submittedAt: string } | null;
}

/** "Nộp tại điểm dịch vụ công trực tuyến: <point>, người hỗ trợ: <helper>". */
export const servicePointLine = (p: { name: string; helper: string }) =>
  `Nộp tại điểm dịch vụ công trực tuyến: ${p.name}, người hỗ trợ: ${p.helper}`;

/** True when the dossier has anything to show under "Nguồn tiếp nhận". */
export const hasOrigin = (o: DossierOrigin) =>
  o.answers.length > 0 ||
  o.appointment !== null ||
  o.ticket !== null ||
  o.call !== null ||
  o.servicePoint !== null;

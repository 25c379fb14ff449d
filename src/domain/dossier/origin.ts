/**
 * Where a dossier came from, as its page shows it (shared by the server and the desk): the applicant's answers to
 * the checklist questions in words, and the appointment, ticket, hotline call and checklist it was received from.
 */
export interface DossierOrigin {
  /** "Trẻ bị bỏ rơi? — Không", one line per answer. */
  answers: string[];
  appointment: { code: string; date: string; startTime: string } | null;
  ticket: { number: string; issuedAt: string } | null;
  call: { reference: string; startedAt: string } | null;
  checklist: { procedureCode: string; sentAt: string } | null;
}

/** True when the dossier has anything to show under "Nguồn tiếp nhận". */
export const hasOrigin = (o: DossierOrigin) =>
  o.answers.length > 0 || o.appointment !== null || o.ticket !== null || o.call !== null;

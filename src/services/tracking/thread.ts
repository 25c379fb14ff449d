/**
 * The thread of a tracked dossier: what the citizen did before it was received and after — the hotline call, the
 * checklist sent to them, the booking, the ticket at the desk, the dossier received, the result — each with its
 * date. Only records linked to this dossier at intake and held by the same person (the same normalised phone as the
 * applicant's) are shown, and only what the tracking page may show: dates, the procedure, the booking's time and the
 * ticket number — never a name, a phone or anyone else's record.
 */
import { statusLabels, type Status } from '../../domain/dossier/lifecycle.js';
import type { Reader } from '../../db/transaction.js';

export const threadKinds = ['call', 'checklist', 'appointment', 'ticket', 'dossier', 'result'] as const;
export type ThreadKind = (typeof threadKinds)[number];

export interface ThreadStep {
  kind: ThreadKind;
  at: string;
  label: string;
}

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** Statuses at which the citizen has an answer: the result (ready or handed over), or a refusal or a stop. */
const resultStatuses: readonly Status[] = ['result_ready', 'returned', 'posting', 'refused', 'stopped'];

/** The result step from the dossier's log: the first entry that reached a result status. */
export function resultStep(history: readonly { at: string; statusAfter: Status }[]): ThreadStep | undefined {
  const first = history.find((h) => resultStatuses.includes(h.statusAfter));
  return first && { kind: 'result', at: first.at, label: statusLabels[first.statusAfter] };
}

export async function readThread(db: Reader, code: string): Promise<ThreadStep[]> {
  const row = await db
    .selectFrom('dossiers as d')
    .innerJoin('persons as p', 'p.id', 'd.applicant_id')
    // Each link counts only when it is the same person's: the phone it was made with is the applicant's.
    .leftJoin('hotline_calls as c', (j) =>
      j.onRef('c.id', '=', 'd.hotline_call_id').onRef('c.phone', '=', 'p.phone'),
    )
    .leftJoin('hotline_checklists as k', (j) =>
      j.onRef('k.id', '=', 'd.hotline_checklist_id').onRef('k.call_id', '=', 'c.id'),
    )
    .leftJoin('appointments as a', (j) =>
      j.onRef('a.id', '=', 'd.appointment_id').onRef('a.phone', '=', 'p.phone'),
    )
    .leftJoin('queue_tickets as t', (j) =>
      j.onRef('t.id', '=', 'd.ticket_id').onRef('t.phone', '=', 'p.phone'),
    )
    .select([
      'd.submitted_at',
      'd.channel',
      'c.started_at as call_at',
      'k.sent_at as checklist_at',
      'a.created_at as booked_at',
      'a.local_date',
      'a.start_time',
      't.issued_at as ticket_at',
      't.number as ticket_number',
    ])
    .where('d.code', '=', code)
    .executeTakeFirst();
  if (!row) return [];
  const steps: ThreadStep[] = [];
  if (row.call_at)
    steps.push({ kind: 'call', at: row.call_at.toISOString(), label: 'Gọi tổng đài hỏi thủ tục' });
  if (row.checklist_at)
    steps.push({
      kind: 'checklist',
      at: row.checklist_at.toISOString(),
      label: 'Nhận tin nhắn danh sách giấy tờ cần mang theo',
    });
  if (row.booked_at && row.local_date && row.start_time)
    steps.push({
      kind: 'appointment',
      at: row.booked_at.toISOString(),
      label: `Đặt lịch hẹn lúc ${row.start_time} ngày ${vnDate(row.local_date)}`,
    });
  if (row.ticket_at && row.ticket_number)
    steps.push({
      kind: 'ticket',
      at: row.ticket_at.toISOString(),
      label: `Lấy số thứ tự ${row.ticket_number}`,
    });
  steps.push({
    kind: 'dossier',
    at: row.submitted_at.toISOString(),
    label: row.channel === 'online' ? 'Nộp hồ sơ trực tuyến' : 'Nộp hồ sơ tại bộ phận một cửa',
  });
  return steps;
}

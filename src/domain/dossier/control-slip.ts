/**
 * The process control slip (Mẫu 06, TT 03/2025): one row per hand-off of a dossier — who handed it over, who
 * received it, when, and whether the step that ended with this hand-off finished early, on time or late against its
 * own share of the time limit. Built from the append-only action log and the per-agency tasks
 * (src/services/dossier/tasks/control-slip.ts); printed by src/adapters/pdf/forms/.
 */

/** Early = finished before the day its share was due; late = after the instant its share was due. */
export type StepOutcome = 'early' | 'on_time' | 'late';

export interface ControlSlipRow {
  /** Sequence number of the log entry that made this hand-off. */
  seq: number;
  /** Instant of the hand-off (ISO 8601). */
  at: string;
  /** What the hand-off was, in Vietnamese (e.g. "Chuyển liên thông", "Trình ký"). */
  step: string;
  handedBy: { name: string | null; unit: string | null };
  receivedBy: { name: string | null; unit: string | null };
  /** When the step that this hand-off closes was due (ISO 8601), if it had a share of the time. */
  dueAt: string | null;
  /** Outcome of the step this hand-off closes; null when the step had no due time. */
  outcome: StepOutcome | null;
  note: string | null;
}

export interface ControlSlip {
  code: string;
  procedureName: string;
  receivedAt: string | null;
  dueAt: string | null;
  rows: ControlSlipRow[];
  /** Per agency: how long it held the dossier in working hours against its share, and whether it was late. */
  agencies: { unit: string; agencyId: string; heldHours: number; shareHours: number | null; late: boolean }[];
  /**
   * The agency that made the dossier late (its task overran its own share the most); null when the dossier is not
   * late. Optional so that slips built before it existed still type-check.
   */
  lateAgency?: { unit: string; agencyId: string } | null;
}

/**
 * The deadline sweeper's rules, pure: which level a running dossier is at (at risk, overdue), whom to alert on the
 * escalation ladder (step 1: the assignee, or the handling unit's specialists when nobody is assigned; step 2: the
 * unit's leaders), whether an apology and extension can still be drafted, and the draft itself.
 *
 * - Overdue: the due instant has passed → both steps at once.
 * - At risk: due no later than the close of the next working day (policy.atRiskWorkingDays = 1), or of the Nth.
 *   Step 1 at once; step 2 once the dossier has been at risk for half a working day (policy.leaderAfter), or
 *   earlier when the last moment to ask for an extension is less than that away, so the leader can still confirm.
 * - An extension can be drafted while the dossier is at risk, has never been extended, and its due instant is at
 *   least one working day away (the rule of `checkExtension`).
 * - The proposed new due: the procedure's own time limit once more, counted from the current due instant (a
 *   same-day limit gives the close of the next working day); never earlier than one working day after it.
 */
import { extensionDeadline } from '../calendar/clock.js';
import { computeDue, type TimeLimit } from '../calendar/deadline.js';
import { formatInstant } from '../calendar/time-zone.js';
import {
  addWorkingTime,
  closeOfWorkingDayFrom,
  dayAt,
  workingTimeBetween,
  type WorkingCalendar,
} from '../calendar/working-time.js';

export const alertLevels = ['at_risk', 'overdue'] as const;
export type AlertLevel = (typeof alertLevels)[number];
export type AlertStep = 1 | 2;

export const alertLevelLabels = {
  at_risk: 'Sắp đến hạn',
  overdue: 'Quá hạn',
} as const satisfies Record<AlertLevel, string>;

export interface EscalationPolicy {
  /** At risk when due by the close of this many working days after today (1: the next working day). */
  atRiskWorkingDays: number;
  /** Working time at risk (ms) before the leader is alerted; default half a working day. */
  leaderAfter?: number | undefined;
}

export const DEFAULT_POLICY: EscalationPolicy = { atRiskWorkingDays: 1 };

export interface DossierFacts {
  due: number;
  /** Extensions already granted. */
  extensionsUsed: number;
  /** When step 1 was first alerted that this due instant is at risk; null if never. */
  atRiskSince: number | null;
}

export interface Assessment {
  level: AlertLevel | null;
  /** The ladder steps that should have been alerted by now (already-sent ones are skipped by the caller). */
  steps: AlertStep[];
  /** An apology and extension may be drafted now. */
  canExtend: boolean;
}

const localDay = (cal: WorkingCalendar, ms: number) => {
  const { block, index } = dayAt(cal, ms);
  return block.firstDay + index;
};

/** The close of the Nth working day after the local day of `now` (N ≥ 1). */
export function atRiskHorizon(cal: WorkingCalendar, now: number, workingDays: number): number {
  let day = localDay(cal, now);
  let close = now;
  for (let i = 0; i < Math.max(1, Math.floor(workingDays)); i++) {
    close = closeOfWorkingDayFrom(cal, day + 1);
    day = localDay(cal, close);
  }
  return close;
}

/** Whether an extension asked for at `now` would be accepted (first one, one working day before due at least). */
export function mayExtend(
  cal: WorkingCalendar,
  facts: Pick<DossierFacts, 'due' | 'extensionsUsed'>,
  now: number,
) {
  return facts.extensionsUsed === 0 && workingTimeBetween(cal, now, facts.due) >= cal.dayLength;
}

export function assess(
  cal: WorkingCalendar,
  facts: DossierFacts,
  now: number,
  policy: EscalationPolicy = DEFAULT_POLICY,
): Assessment {
  if (now > facts.due) return { level: 'overdue', steps: [1, 2], canExtend: false };
  if (facts.due > atRiskHorizon(cal, now, policy.atRiskWorkingDays)) {
    return { level: null, steps: [], canExtend: false };
  }
  const leaderAfter = policy.leaderAfter ?? cal.dayLength / 2;
  const canExtend = mayExtend(cal, facts, now);
  const since = facts.atRiskSince ?? now;
  const longAtRisk = workingTimeBetween(cal, since, now) >= leaderAfter;
  const lastCall = canExtend && workingTimeBetween(cal, now, extensionDeadline(cal, facts.due)) < leaderAfter;
  return { level: 'at_risk', steps: longAtRisk || lastCall ? [1, 2] : [1], canExtend };
}

/** The proposed new due instant of an extension (see the module comment). */
export function proposedDue(cal: WorkingCalendar, limit: TimeLimit, due: number): number {
  const again = computeDue(cal, due, limit);
  const floor = addWorkingTime(cal, due, cal.dayLength);
  return Math.max(again, floor);
}

/** "17:00 ngày 27/11/2026" in the calendar's time zone. */
export function formatDueVi(timezone: string, ms: number): string {
  const iso = formatInstant(timezone, ms);
  return `${iso.slice(11, 16)} ngày ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Where the leader writes the reason before confirming. */
export const REASON_PLACEHOLDER = '[lý do]';

export interface ApologyFacts {
  unitName: string;
  applicantName: string;
  code: string;
  procedureName: string;
  timezone: string;
  due: number;
  newDue: number;
}

/** The apology and extension letter's text (form 04 of TT 03/2025), with the reason left to the leader. */
export function apologyText(f: ApologyFacts): string {
  return [
    `${f.unitName} xin lỗi Ông/Bà ${f.applicantName} vì hồ sơ mã số ${f.code} (${f.procedureName}), ` +
      `hẹn trả kết quả lúc ${formatDueVi(f.timezone, f.due)}, chưa giải quyết xong đúng hẹn.`,
    `Lý do: ${REASON_PLACEHOLDER}.`,
    `Đơn vị đề nghị gia hạn thời gian giải quyết và hẹn trả kết quả vào lúc ${formatDueVi(f.timezone, f.newDue)}.`,
    'Mong Ông/Bà thông cảm.',
  ].join('\n');
}

/** The letter with the leader's reason in place of the placeholder. */
export function completeApology(draft: string, reason: string): string {
  const r = reason.trim().replace(/[.。]+$/, '');
  return draft.includes(REASON_PLACEHOLDER) ? draft.replace(REASON_PLACEHOLDER, r) : `${draft}\nLý do: ${r}.`;
}

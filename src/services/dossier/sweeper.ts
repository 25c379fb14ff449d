/**
 * The deadline sweeper: one run finds the running dossiers that are at risk or overdue, records alerts along the
 * escalation ladder (src/domain/dossier/escalation.ts) — each dossier, due instant, level, step and recipient at
 * most once — and drafts an apology and extension for the leader while one can still be asked for.
 *
 * A run is one transaction; one instance at a time runs it (the job, src/jobs/sweeper.ts, holds an advisory lock).
 */
import type { Clock } from '../../domain/calendar/clock.js';
import type { WorkingCalendar } from '../../domain/calendar/working-time.js';
import {
  apologyText,
  assess,
  DEFAULT_POLICY,
  proposedDue,
  type AlertLevel,
  type AlertStep,
  type EscalationPolicy,
} from '../../domain/dossier/escalation.js';
import { terminalStatuses, type DossierState, type Status } from '../../domain/dossier/lifecycle.js';
import { loadEffectiveCalendar } from '../calendar/layers.js';
import type { Reader } from '../../db/transaction.js';

/** Dossiers due later than this are never at risk yet, even across the longest holidays (Tết). */
const HORIZON_MS = 21 * 86_400_000;
/**
 * Statuses the sweeper leaves alone besides the finished ones: not yet received (no clock), or the result is
 * already made and waits for the applicant.
 */
const NOT_SWEPT: readonly Status[] = [...terminalStatuses, 'submitted', 'result_ready', 'posting'];

export interface SweepOptions {
  now?: number | undefined;
  policy?: EscalationPolicy | undefined;
}

export interface SweepResult {
  /** Another instance held the lock: nothing was done (src/jobs/sweeper.ts). */
  skipped: boolean;
  examined: number;
  atRisk: number;
  overdue: number;
  alerts: number;
  drafts: number;
}

interface Candidate {
  id: string;
  code: string;
  procedure_name: string;
  state: DossierState;
  clock: Clock | null;
  due_at: Date;
  assignee_id: string | null;
  receiving_unit_id: string;
  handling_unit_id: string;
  handling_unit_name: string;
  handling_unit_path: string[];
  applicant_name: string;
}

async function candidates(trx: Reader, now: number): Promise<Candidate[]> {
  const rows = await trx
    .selectFrom('dossiers as d')
    .innerJoin('units as hu', 'hu.id', 'd.handling_unit_id')
    .innerJoin('persons as p', 'p.id', 'd.applicant_id')
    .select([
      'd.id',
      'd.code',
      'd.procedure_name',
      'd.state',
      'd.clock',
      'd.due_at',
      'd.assignee_id',
      'd.receiving_unit_id',
      'd.handling_unit_id',
      'hu.name as handling_unit_name',
      'hu.path as handling_unit_path',
      'p.full_name as applicant_name',
    ])
    .where('d.status', 'not in', NOT_SWEPT)
    .where('d.due_at', 'is not', null)
    .where('d.due_at', '<', new Date(now + HORIZON_MS))
    .orderBy('d.due_at')
    .execute();
  return rows.map((r) => ({ ...r, due_at: r.due_at! }));
}

/** Active staff holding `role` in the unit. */
async function holders(db: Reader, unitIds: readonly string[], role: 'specialist' | 'leader') {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('staff_roles as r')
    .innerJoin('staff as s', 's.id', 'r.staff_id')
    .select(['r.staff_id', 'r.unit_id'])
    .where('r.unit_id', 'in', unitIds)
    .where('r.role', '=', role)
    .where('s.active', '=', true)
    .execute();
}

/** The leaders of the nearest unit on the path (the unit itself first) that has any. */
async function leadersOf(db: Reader, path: readonly string[]): Promise<string[]> {
  const rows = await holders(db, path, 'leader');
  for (let i = path.length - 1; i >= 0; i--) {
    const here = rows.filter((r) => r.unit_id === path[i]).map((r) => r.staff_id);
    if (here.length) return [...new Set(here)].sort();
  }
  return [];
}

/** Step 1: the assignee when active, else the handling unit's specialists, else its leaders. */
async function firstStepRecipients(
  db: Reader,
  d: Pick<Candidate, 'assignee_id' | 'handling_unit_id' | 'handling_unit_path'>,
) {
  if (d.assignee_id) {
    const active = await db
      .selectFrom('staff')
      .select('id')
      .where('id', '=', d.assignee_id)
      .where('active', '=', true)
      .executeTakeFirst();
    if (active) return [active.id];
  }
  const specialists = (await holders(db, [d.handling_unit_id], 'specialist')).map((r) => r.staff_id);
  if (specialists.length) return [...new Set(specialists)].sort();
  return leadersOf(db, d.handling_unit_path);
}

/** Nothing examined, nothing recorded. */
export const noSweep = (): SweepResult => ({
  skipped: false,
  examined: 0,
  atRisk: 0,
  overdue: 0,
  alerts: 0,
  drafts: 0,
});

/** One run of the sweeper in the caller's transaction (see the module comment). */
export async function sweepDeadlines(trx: Reader, opts: SweepOptions = {}): Promise<SweepResult> {
  const result = noSweep();
  const now = opts.now ?? Date.now();
  const policy = opts.policy ?? DEFAULT_POLICY;
  const list = await candidates(trx, now);
  result.examined = list.length;
  const calendars = new Map<string, { calendar: WorkingCalendar; timezone: string }>();
  for (const d of list) {
    let cal = calendars.get(d.receiving_unit_id);
    if (!cal) {
      const unit = await trx
        .selectFrom('units')
        .selectAll()
        .where('id', '=', d.receiving_unit_id)
        .executeTakeFirstOrThrow();
      const eff = await loadEffectiveCalendar(trx, unit);
      cal = { calendar: eff.calendar, timezone: eff.definition.timezone };
      calendars.set(d.receiving_unit_id, cal);
    }
    const due = d.due_at.getTime();
    // The level does not depend on the alerts already sent: most dossiers stop here without a query.
    const facts = { due, extensionsUsed: d.state.extensions, atRiskSince: null };
    if (!assess(cal.calendar, facts, now, policy).level) continue;
    const sent = await trx
      .selectFrom('dossier_alerts')
      .select(['level', 'step', 'created_at'])
      .where('dossier_id', '=', d.id)
      .where('due_at', '=', d.due_at)
      .execute();
    const firstAtRisk = sent
      .filter((a) => a.level === 'at_risk' && a.step === 1)
      .map((a) => a.created_at.getTime())
      .sort((a, b) => a - b)[0];
    const verdict = assess(cal.calendar, { ...facts, atRiskSince: firstAtRisk ?? null }, now, policy);
    if (!verdict.level) continue;
    result[verdict.level === 'overdue' ? 'overdue' : 'atRisk'] += 1;
    for (const step of verdict.steps) {
      if (sent.some((a) => a.level === verdict.level && a.step === step)) continue;
      const recipients =
        step === 1 ? await firstStepRecipients(trx, d) : await leadersOf(trx, d.handling_unit_path);
      result.alerts += await recordAlerts(trx, d, verdict.level, step, recipients, now);
    }
    if (verdict.canExtend && d.clock) {
      const newDue = proposedDue(cal.calendar, d.clock.limit, due);
      const inserted = await trx
        .insertInto('dossier_extension_drafts')
        .values({
          dossier_id: d.id,
          current_due: d.due_at,
          proposed_due: new Date(newDue),
          apology: apologyText({
            unitName: d.handling_unit_name,
            applicantName: d.applicant_name,
            code: d.code,
            procedureName: d.procedure_name,
            timezone: cal.timezone,
            due,
            newDue,
          }),
          created_at: new Date(now),
        })
        .onConflict((oc) => oc.columns(['dossier_id', 'current_due']).doNothing())
        .returning('id')
        .execute();
      result.drafts += inserted.length;
    }
  }
  return result;
}

async function recordAlerts(
  trx: Reader,
  d: Candidate,
  level: AlertLevel,
  step: AlertStep,
  recipients: readonly string[],
  now: number,
): Promise<number> {
  if (recipients.length === 0) return 0;
  const rows = await trx
    .insertInto('dossier_alerts')
    .values(
      recipients.map((recipient_id) => ({
        dossier_id: d.id,
        due_at: d.due_at,
        level,
        step,
        recipient_id,
        unit_id: d.handling_unit_id,
        created_at: new Date(now),
      })),
    )
    .onConflict((oc) => oc.columns(['dossier_id', 'due_at', 'level', 'step', 'recipient_id']).doNothing())
    .returning('id')
    .execute();
  return rows.length;
}

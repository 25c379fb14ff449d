/**
 * The process control slip (Mẫu 06) of a dossier, built from its append-only log and its per-agency tasks: one row
 * per hand-off with the due instant and outcome of the step it closes, one line per agency with the working hours it
 * held the dossier against its share, and the agency that made the dossier late. Also the lateness statistics, which
 * count each dossier once (attributed to one agency), however many tasks it had.
 */
import { sql } from 'kysely';
import { MS_PER_DAY, MS_PER_HOUR } from '../../../domain/calendar/time-zone.js';
import { workingTimeBetween } from '../../../domain/calendar/working-time.js';
import { forbidden, invalid } from '../../../domain/errors.js';
import type { ControlSlip, ControlSlipRow } from '../../../domain/dossier/control-slip.js';
import { actionSpec, type SlipReceiver } from '../../../domain/dossier/actions.js';
import { terminalStatuses } from '../../../domain/dossier/lifecycle.js';
import { maySee } from '../../../domain/dossier/permissions.js';
import { lateUnit } from '../../../domain/dossier/workflow.js';
import { roleGrants, type Actor } from '../../../domain/org/roles.js';
import { loadEffectiveCalendar } from '../../calendar/layers.js';
import type { Reader } from '../../../db/transaction.js';
import { getDossierRow, type DossierRow } from '../common.js';
import { listTasks, taskUnitPaths, type TaskRow } from './tasks.js';

interface UnitInfo {
  id: string;
  name: string;
  agencyId: string;
}

async function readEntries(db: Reader, dossierId: string) {
  return db
    .selectFrom('dossier_actions as a')
    .leftJoin('units as u', 'u.id', 'a.unit_id')
    .select([
      'a.seq',
      'a.action',
      'a.actor_name',
      'a.unit_id',
      'a.at',
      'a.note',
      'a.data',
      'u.name as unit_name',
    ])
    .where('a.dossier_id', '=', dossierId)
    .orderBy('a.seq')
    .execute();
}

type Entry = Awaited<ReturnType<typeof readEntries>>[number];

/** What names the receiver of a hand-off. */
interface ReceiverContext {
  row: DossierRow;
  e: Entry;
  units: Map<string, UnitInfo>;
  staff: Map<string, string>;
  /** The task the entry opened. */
  opened: TaskRow | undefined;
  /** The unit named by the entry (a transfer, a consultation). */
  target: string | null;
  /** The unit holding the dossier before the entry. */
  holder: string | null;
}

const unitOf = (units: Map<string, UnitInfo>, task: TaskRow | undefined) =>
  task ? (units.get(task.unit_id)?.name ?? null) : null;

/** Who received each hand-off, by the receiver its row names (src/domain/dossier/actions.ts: `slip`). */
const receivers: Record<SlipReceiver, (c: ReceiverContext) => ControlSlipRow['receivedBy']> = {
  officer: ({ e }) => ({ name: e.actor_name, unit: e.unit_name }),
  sameUnit: ({ e }) => ({ name: null, unit: e.unit_name }),
  assignee: ({ e, staff }) => ({
    name: typeof e.data.assigneeId === 'string' ? (staff.get(e.data.assigneeId) ?? null) : null,
    unit: e.unit_name,
  }),
  targetUnit: ({ units, opened, target }) => ({ name: null, unit: target ?? unitOf(units, opened) }),
  returnUnit: ({ units, opened, holder }) => ({ name: null, unit: opened ? unitOf(units, opened) : holder }),
  handlingUnit: ({ row, units }) => ({ name: null, unit: units.get(row.handling_unit_id)?.name ?? null }),
  receivingUnit: ({ row }) => ({ name: null, unit: row.receiving_unit_name }),
  applicant: ({ row }) => ({ name: row.applicant_name, unit: null }),
};

/** The slip of one dossier (pure assembly; `units` and `staff` name what the log refers to). */
function assemble(
  row: DossierRow,
  entries: Entry[],
  tasks: TaskRow[],
  units: Map<string, UnitInfo>,
  staff: Map<string, string>,
  held: Map<string, number>,
  now: number,
): ControlSlip {
  const unitByAgency = new Map([...units.values()].map((u) => [u.agencyId, u]));
  const closedBy = new Map(tasks.filter((t) => t.closed_seq !== null).map((t) => [t.closed_seq!, t]));
  const openedBy = new Map(tasks.filter((t) => t.opened_seq !== null).map((t) => [t.opened_seq!, t]));
  const rows: ControlSlipRow[] = [];
  let holder: string | null = row.receiving_unit_name;
  for (const e of entries) {
    // The hand-offs printed on the slip are the rows with a step; other entries (an extension, a notice) are not.
    const slip = actionSpec(e.action).slip;
    if (!slip) continue;
    const data = e.data;
    const unitName = e.unit_name;
    const opened = openedBy.get(e.seq);
    const target =
      typeof data.toUnit === 'string' ? (unitByAgency.get(data.toUnit)?.name ?? data.toUnit) : null;
    const receivedBy = receivers[slip.receiver]({ row, e, units, staff, opened, target, holder });
    const handedBy: ControlSlipRow['handedBy'] =
      slip.receiver === 'officer'
        ? { name: row.applicant_name, unit: null }
        : { name: e.actor_name, unit: unitName };
    if (slip.moves) holder = receivedBy.unit;
    const closed = closedBy.get(e.seq);
    const dueAt = closed?.due_at?.toISOString() ?? (typeof data.stepDue === 'string' ? data.stepDue : null);
    const outcome =
      closed?.outcome ??
      (data.outcome === 'early' || data.outcome === 'on_time' || data.outcome === 'late'
        ? data.outcome
        : null);
    rows.push({
      seq: e.seq,
      at: e.at.toISOString(),
      step: slip.step,
      handedBy,
      receivedBy,
      dueAt: dueAt ?? null,
      outcome: dueAt ? outcome : null,
      note: e.note,
    });
  }

  const agencies: ControlSlip['agencies'] = [];
  const byUnit = new Map<string, ControlSlip['agencies'][number]>();
  for (const t of tasks) {
    const u = units.get(t.unit_id);
    if (!u) continue;
    let line = byUnit.get(t.unit_id);
    if (!line) {
      line = { unit: u.name, agencyId: u.agencyId, heldHours: 0, shareHours: null, late: false };
      byUnit.set(t.unit_id, line);
      agencies.push(line);
    }
    if (t.kind !== 'consult') {
      if (t.share_minutes !== null) line.shareHours = (line.shareHours ?? 0) + t.share_minutes / 60;
    }
    const end = t.closed_at?.getTime() ?? now;
    if (t.due_at && end > t.due_at.getTime()) line.late = true;
  }
  for (const [unitId, ms] of held) {
    const line = byUnit.get(unitId);
    if (line) line.heldHours = Math.round((ms / MS_PER_HOUR) * 100) / 100;
  }

  const blamed = lateUnit(
    tasks.map((t) => ({
      unitId: t.unit_id,
      kind: t.kind,
      dueAt: t.due_at?.getTime() ?? null,
      closedAt: t.closed_at?.getTime() ?? null,
    })),
    {
      dueAt: row.due_at?.getTime() ?? null,
      finishedAt: row.finished_at?.getTime() ?? null,
      holder: row.handling_unit_id,
    },
    now,
  );
  const blamedUnit = blamed ? units.get(blamed) : undefined;
  return {
    code: row.code,
    procedureName: row.procedure_name,
    receivedAt: row.received_at?.toISOString() ?? null,
    dueAt: row.due_at?.toISOString() ?? null,
    rows,
    agencies,
    lateAgency: blamedUnit ? { unit: blamedUnit.name, agencyId: blamedUnit.agencyId } : null,
  };
}

async function unitsOf(db: Reader, ids: string[], agencyIds: string[]): Promise<Map<string, UnitInfo>> {
  if (ids.length + agencyIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('units')
    .select(['id', 'name', 'agency_id'])
    .where((eb) =>
      eb.or([
        ...(ids.length ? [eb('id', 'in', ids)] : []),
        ...(agencyIds.length ? [eb('agency_id', 'in', agencyIds)] : []),
      ]),
    )
    .execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, agencyId: r.agency_id }]));
}

/** Working milliseconds each unit held the dossier (its process and transfer tasks), on the unit's calendar. */
async function heldTime(db: Reader, tasks: TaskRow[], now: number): Promise<Map<string, number>> {
  const held = new Map<string, number>();
  for (const t of tasks) {
    if (t.kind === 'consult') continue;
    const unit = await db
      .selectFrom('units')
      .selectAll()
      .where('id', '=', t.unit_id)
      .executeTakeFirstOrThrow();
    const { calendar } = await loadEffectiveCalendar(db, unit);
    const end = t.closed_at?.getTime() ?? now;
    const ms = end > t.opened_at.getTime() ? workingTimeBetween(calendar, t.opened_at.getTime(), end) : 0;
    held.set(t.unit_id, (held.get(t.unit_id) ?? 0) + ms);
  }
  return held;
}

/** The control slip of a dossier, for staff who may see it (its units and those that held a task of it). */
export async function getControlSlip(
  db: Reader,
  actor: Actor,
  code: string,
  opts: { now?: number } = {},
): Promise<ControlSlip> {
  const row = await getDossierRow(db, code);
  if (!maySee(actor, [row.handling_unit_path, row.receiving_unit_path])) {
    if (!maySee(actor, await taskUnitPaths(db, row.id))) throw forbidden('Bạn không có quyền xem hồ sơ này.');
  }
  const finished = (terminalStatuses as readonly string[]).includes(row.status);
  const now = finished && row.finished_at ? row.finished_at.getTime() : (opts.now ?? Date.now());
  const [entries, tasks] = await Promise.all([readEntries(db, row.id), listTasks(db, row.id)]);
  const agencyIds = entries.flatMap((e) => (typeof e.data.toUnit === 'string' ? [e.data.toUnit] : []));
  const unitIds = [
    ...new Set([
      row.handling_unit_id,
      row.receiving_unit_id,
      ...tasks.map((t) => t.unit_id),
      ...entries.flatMap((e) => (e.unit_id ? [e.unit_id] : [])),
    ]),
  ];
  const staffIds = entries.flatMap((e) => (typeof e.data.assigneeId === 'string' ? [e.data.assigneeId] : []));
  const [units, staffRows, held] = await Promise.all([
    unitsOf(db, unitIds, agencyIds),
    staffIds.length
      ? db.selectFrom('staff').select(['id', 'full_name']).where('id', 'in', staffIds).execute()
      : Promise.resolve([]),
    heldTime(db, tasks, now),
  ]);
  const staff = new Map(staffRows.map((s) => [s.id, s.full_name]));
  return assemble(row, entries, tasks, units, staff, held, now);
}

export interface LatenessStatistics {
  /** Finished dossiers in the period (each counted once). */
  finished: number;
  onTime: number;
  late: number;
  /** Late dossiers by the agency that made them late; the counts add up to `late`. */
  byAgency: { agencyId: string; unit: string; late: number }[];
}

/**
 * Lateness of the dossiers finished in [from, to) that were received by the given units (all when omitted): each
 * dossier is counted once — on time or late — and a late one is attributed to one agency only.
 */
export async function latenessStatistics(
  db: Reader,
  q: { from: Date; to: Date; receivingUnitIds?: string[] | undefined },
): Promise<LatenessStatistics> {
  let query = db
    .selectFrom('dossiers')
    .select(['id', 'due_at', 'finished_at', 'handling_unit_id'])
    .where('finished_at', '>=', q.from)
    .where('finished_at', '<', q.to);
  if (q.receivingUnitIds) {
    if (q.receivingUnitIds.length === 0) return { finished: 0, onTime: 0, late: 0, byAgency: [] };
    query = query.where('receiving_unit_id', 'in', q.receivingUnitIds);
  }
  const dossiers = await query.execute();
  const tasks = dossiers.length
    ? await db
        .selectFrom('dossier_tasks')
        .select(['dossier_id', 'unit_id', 'kind', 'due_at', 'closed_at'])
        .where(
          'dossier_id',
          'in',
          dossiers.map((d) => d.id),
        )
        .execute()
    : [];
  const byDossier = new Map<string, typeof tasks>();
  for (const t of tasks) byDossier.set(t.dossier_id, [...(byDossier.get(t.dossier_id) ?? []), t]);
  const lateBy = new Map<string, number>();
  let late = 0;
  for (const d of dossiers) {
    const unit = lateUnit(
      (byDossier.get(d.id) ?? []).map((t) => ({
        unitId: t.unit_id,
        kind: t.kind,
        dueAt: t.due_at?.getTime() ?? null,
        closedAt: t.closed_at?.getTime() ?? null,
      })),
      {
        dueAt: d.due_at?.getTime() ?? null,
        finishedAt: d.finished_at!.getTime(),
        holder: d.handling_unit_id,
      },
      d.finished_at!.getTime(),
    );
    if (unit) {
      late += 1;
      lateBy.set(unit, (lateBy.get(unit) ?? 0) + 1);
    }
  }
  const units = await unitsOf(db, [...lateBy.keys()], []);
  const collator = new Intl.Collator('vi');
  return {
    finished: dossiers.length,
    onTime: dossiers.length - late,
    late,
    byAgency: [...lateBy]
      .map(([id, n]) => ({
        agencyId: units.get(id)?.agencyId ?? '',
        unit: units.get(id)?.name ?? '',
        late: n,
      }))
      .sort((a, b) => b.late - a.late || collator.compare(a.unit, b.unit)),
  };
}

/**
 * Lateness of the dossiers received by the actor's units (by each role's scope) and finished between two local
 * dates of Vietnam, inclusive.
 */
export async function latenessForActor(
  db: Reader,
  actor: Actor,
  q: { from: string; to: string },
): Promise<LatenessStatistics & { from: string; to: string }> {
  const exact = actor.roles.filter((r) => roleGrants[r.role].scope === 'unit').map((r) => r.unitId);
  const subtree = actor.roles.filter((r) => roleGrants[r.role].scope === 'subtree').map((r) => r.unitId);
  const from = Date.parse(`${q.from}T00:00:00+07:00`);
  const to = Date.parse(`${q.to}T00:00:00+07:00`) + MS_PER_DAY;
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) {
    const message = 'Khoảng thời gian không hợp lệ: ngày bắt đầu phải không sau ngày kết thúc.';
    throw invalid('VALIDATION_FAILED', message, [{ field: 'to', message }]);
  }
  if (to - from > 366 * MS_PER_DAY) {
    const message = 'Khoảng thời gian tối đa 366 ngày.';
    throw invalid('VALIDATION_FAILED', message, [{ field: 'to', message }]);
  }
  const units = await db
    .selectFrom('units')
    .select('id')
    .where(sql<boolean>`(id = any(${sql.val(exact)}::uuid[]) or path && ${sql.val(subtree)}::uuid[])`)
    .execute();
  const stats = await latenessStatistics(db, {
    from: new Date(from),
    to: new Date(to),
    receivingUnitIds: units.map((u) => u.id),
  });
  return { from: q.from, to: q.to, ...stats };
}

/**
 * Reading a dossier's tasks for access and lists: the units that hold or held them (who may read or answer), the
 * open tasks in an actor's units (inbox scope and due instants), and the specialist to assign a new task to.
 * Writing tasks is tasks.ts's applyTaskEffects.
 */
import { sql } from 'kysely';
import { handlesField } from '../../../domain/dossier/routing.js';
import type { Reader } from '../../../db/transaction.js';

/** The open consultations of a dossier, with their units' paths (who may answer). */
export async function openConsultUnits(db: Reader, dossierId: string) {
  return db
    .selectFrom('dossier_tasks as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .select(['t.id', 't.unit_id', 'u.path'])
    .where('t.dossier_id', '=', dossierId)
    .where('t.kind', '=', 'consult')
    .where('t.closed_at', 'is', null)
    .orderBy('t.opened_at')
    .execute();
}

/** Paths of every unit that ever held a task of the dossier (they may read it). */
export async function taskUnitPaths(db: Reader, dossierId: string): Promise<string[][]> {
  const rows = await db
    .selectFrom('dossier_tasks as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .select('u.path')
    .where('t.dossier_id', '=', dossierId)
    .execute();
  return rows.map((r) => r.path);
}

const collator = new Intl.Collator('vi');

/**
 * Automatic assignment: of the unit's active specialists who handle the field (`handlesField`: a specialist with
 * fields only gets dossiers of those fields; one without fields takes any), the one with the fewest open tasks
 * (anywhere), ties by name; null when none handles it.
 */
export async function pickAssignee(
  db: Reader,
  unitId: string,
  fieldCode: string,
): Promise<{ id: string; fullName: string } | null> {
  const staff = (
    await db
      .selectFrom('staff_roles as r')
      .innerJoin('staff as s', 's.id', 'r.staff_id')
      .select(['s.id', 's.full_name', 's.field_codes'])
      .where('r.unit_id', '=', unitId)
      .where('r.role', '=', 'specialist')
      .where('s.active', '=', true)
      .execute()
  ).filter((s) => handlesField(s.field_codes, fieldCode));
  if (staff.length === 0) return null;
  const load = await db
    .selectFrom('dossier_tasks')
    .select(['assignee_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('closed_at', 'is', null)
    .where(
      'assignee_id',
      'in',
      staff.map((s) => s.id),
    )
    .groupBy('assignee_id')
    .execute();
  const count = new Map(load.map((l) => [l.assignee_id, Number(l.n)]));
  const best = [...staff].sort(
    (a, b) =>
      (count.get(a.id) ?? 0) - (count.get(b.id) ?? 0) ||
      collator.compare(a.full_name, b.full_name) ||
      a.id.localeCompare(b.id),
  )[0]!;
  return { id: best.id, fullName: best.full_name };
}

/** SQL: the dossier `d` has an open task in one of the actor's units (exact ids, or under a subtree root). */
export function openTaskInScope(exact: readonly string[], subtree: readonly string[]) {
  return sql<boolean>`exists (select 1 from dossier_tasks t join units tu on tu.id = t.unit_id
    where t.dossier_id = d.id and t.closed_at is null
    and (tu.id = any(${sql.val(exact)}::uuid[]) or tu.path && ${sql.val(subtree)}::uuid[]))`;
}

/** For each dossier, the earliest due instant of its open transfer or consultation tasks in the actor's units. */
export async function openTaskDues(
  db: Reader,
  dossierIds: readonly string[],
  exact: readonly string[],
  subtree: readonly string[],
): Promise<Map<string, Date>> {
  const out = new Map<string, Date>();
  if (dossierIds.length === 0) return out;
  const rows = await db
    .selectFrom('dossier_tasks as t')
    .innerJoin('units as tu', 'tu.id', 't.unit_id')
    .select(['t.dossier_id', 't.due_at'])
    .where('t.dossier_id', 'in', dossierIds)
    .where('t.closed_at', 'is', null)
    .where('t.kind', 'in', ['transfer', 'consult'])
    .where('t.due_at', 'is not', null)
    .where(sql<boolean>`(tu.id = any(${sql.val(exact)}::uuid[]) or tu.path && ${sql.val(subtree)}::uuid[])`)
    .execute();
  for (const r of rows) {
    const prev = out.get(r.dossier_id);
    if (r.due_at && (!prev || r.due_at < prev)) out.set(r.dossier_id, r.due_at);
  }
  return out;
}

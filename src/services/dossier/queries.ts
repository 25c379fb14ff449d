/**
 * Reading dossiers: one dossier with its documents and history, the actions the actor may take on it, and the
 * inbox of the actor's units ordered by deadline risk.
 */
import { sql } from 'kysely';
import type { FeeAssessment } from '../../domain/fees/policy.js';
import { forbidden } from '../../domain/errors.js';
import {
  allowedActions,
  terminalStatuses,
  type Action,
  type Status,
} from '../../domain/dossier/lifecycle.js';
import { mayAct, maySee } from '../../domain/dossier/permissions.js';
import { assigneeAllows } from '../../domain/dossier/routing.js';
import { riskOf, riskRank, type Risk } from '../../domain/dossier/risk.js';
import { roleGrants, type Actor } from '../../domain/org/roles.js';
import type { Reader } from '../../db/transaction.js';
import { readDeclaration, type Declaration } from '../../domain/dossier/declaration.js';
import { listAttachmentsOf, type AttachmentInfo } from './attachments.js';
import { dossierOrigin, type DossierOrigin } from './origin.js';
import { landTaxOf, type LandTax } from './land-tax.js';
import type { DossierFee, DossierOrganisation } from '../../db/tables/dossier.js';
import { dossierRows, getDossierRow, toSummary, type DossierRow, type DossierSummary } from './common.js';
import { openConsultUnits, openTaskDues, openTaskInScope, taskUnitPaths } from './tasks/tasks.js';

async function checkSees(db: Reader, actor: Actor, row: DossierRow): Promise<void> {
  if (maySee(actor, [row.handling_unit_path, row.receiving_unit_path])) return;
  // Units that held a task of it (a transfer, a consultation) may read it too.
  if (!maySee(actor, await taskUnitPaths(db, row.id))) throw forbidden('Bạn không có quyền xem hồ sơ này.');
}

export interface DossierDetail extends DossierSummary {
  applicant: {
    name: string;
    phone: string | null;
    idNumber: string | null;
    address: string | null;
    email: string | null;
  };
  organisation: DossierOrganisation | null;
  fee: DossierFee | null;
  /** What it owed, frozen at submission or receipt (services/fees/assess.ts). */
  owed?: FeeAssessment;
  /** The declaration with the provenance of each value, and how the citizen confirmed it. */
  declaration: Declaration;
  attachments: AttachmentInfo[];
  /** The applicant's answers and the appointment, ticket and hotline call the dossier was received from. */
  origin: DossierOrigin;
  /** The information slip on land sent to the Tax office and its notice of financial obligations, if any. */
  landTax: LandTax;
  documents: {
    position: number;
    name: string;
    kind: 'submit' | 'present';
    originalsRequired: number;
    copiesRequired: number;
    originals: number;
    copies: number;
    state: 'received' | 'missing' | 'not_applicable';
    enteredByName: string | null;
  }[];
  history: {
    seq: number;
    action: Action;
    statusAfter: Status;
    actorName: string | null;
    role: string | null;
    unitId: string | null;
    at: string;
    note: string | null;
    data: Record<string, unknown>;
  }[];
}

export async function getDossier(db: Reader, actor: Actor, code: string): Promise<DossierDetail> {
  const row = await getDossierRow(db, code);
  await checkSees(db, actor, row);
  const [extra, documents, history, attachments, origin, landTax] = await Promise.all([
    db
      .selectFrom('dossiers as d')
      .innerJoin('persons as p', 'p.id', 'd.applicant_id')
      .select(['d.declaration', 'd.fee', 'd.fee_assessment', 'd.organisation', 'p.address', 'p.email'])
      .where('d.id', '=', row.id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('dossier_documents')
      .selectAll()
      .where('dossier_id', '=', row.id)
      .orderBy('position')
      .execute(),
    db.selectFrom('dossier_actions').selectAll().where('dossier_id', '=', row.id).orderBy('seq').execute(),
    listAttachmentsOf(db, row.id),
    dossierOrigin(db, row.id),
    landTaxOf(db, row.id),
  ]);
  return {
    ...toSummary(row),
    applicant: {
      name: row.applicant_name,
      phone: row.applicant_phone,
      idNumber: row.applicant_id_number,
      address: extra.address,
      email: extra.email,
    },
    organisation: extra.organisation,
    fee: extra.fee,
    ...(extra.fee_assessment ? { owed: extra.fee_assessment } : {}),
    declaration: readDeclaration(extra.declaration),
    attachments,
    origin,
    landTax,
    documents: documents.map((d) => ({
      position: d.position,
      name: d.name,
      kind: d.kind,
      originalsRequired: d.originals_required,
      copiesRequired: d.copies_required,
      originals: d.originals,
      copies: d.copies,
      state: d.state,
      enteredByName: d.entered_by_name,
    })),
    history: history.map((h) => ({
      seq: h.seq,
      action: h.action,
      statusAfter: h.status_after,
      actorName: h.actor_name,
      role: h.role,
      unitId: h.unit_id,
      at: h.at.toISOString(),
      note: h.note,
      data: h.data,
    })),
  };
}

export interface AllowedActions {
  code: string;
  status: Status;
  version: number;
  /** Allowed by the table in the dossier's status. */
  allowed: Action[];
  /** Of those, what this actor may do (their roles in the handling unit). */
  mine: Action[];
}

export async function getAllowedActions(db: Reader, actor: Actor, code: string): Promise<AllowedActions> {
  const row = await getDossierRow(db, code);
  await checkSees(db, actor, row);
  const allowed = [...allowedActions(row.state)];
  const consulted = allowed.includes('answer_consult') ? await openConsultUnits(db, row.id) : [];
  return {
    code: row.code,
    status: row.status,
    version: row.version,
    allowed,
    mine: allowed.filter((a) =>
      a === 'answer_consult'
        ? consulted.some((c) => mayAct(actor, a, c.path))
        : mayAct(actor, a, row.handling_unit_path) && assigneeAllows(a, row.assignee_id, actor.id),
    ),
  };
}

export interface InboxQuery {
  status?: Status | undefined;
  risk?: Risk | undefined;
  /** Include finished dossiers (returned, refused, withdrawn, stopped). */
  includeFinished?: boolean | undefined;
  limit?: number | undefined;
}

export interface Inbox {
  counts: Record<Risk, number> & { total: number };
  /** sameDay: received on a same-day day, due at the close of that day. */
  items: (DossierSummary & { risk: Risk; sameDay: boolean })[];
}

/** Dossiers held or received by the actor's units, riskiest first (overdue, due today, due soon), with counts. */
export async function listInbox(
  db: Reader,
  actor: Actor,
  query: InboxQuery,
  now = Date.now(),
): Promise<Inbox> {
  const exact = actor.roles.filter((r) => roleGrants[r.role].scope === 'unit').map((r) => r.unitId);
  const subtree = actor.roles.filter((r) => roleGrants[r.role].scope === 'subtree').map((r) => r.unitId);
  if (exact.length + subtree.length === 0) return { counts: emptyCounts(), items: [] };
  const inScope = (alias: 'hu' | 'ru') =>
    sql<boolean>`(${sql.ref(`${alias}.id`)} = any(${sql.val(exact)}::uuid[]) or ${sql.ref(
      `${alias}.path`,
    )} && ${sql.val(subtree)}::uuid[])`;
  let q = dossierRows(db)
    .select('d.same_day')
    .where((eb) => eb.or([inScope('hu'), inScope('ru'), openTaskInScope(exact, subtree)]));
  if (!query.includeFinished) q = q.where('d.status', 'not in', terminalStatuses);
  if (query.status) q = q.where('d.status', '=', query.status);
  const rows = await q
    .orderBy(sql`d.due_at asc nulls last`)
    .orderBy('d.code')
    .limit(5000)
    .execute();
  // A unit working on its own task (a transfer, a consultation) sees that task's due instant, not the dossier's.
  const taskDue = await openTaskDues(
    db,
    rows.map((r) => r.id),
    exact,
    subtree,
  );
  const items = rows.map((r) => ({
    ...toSummary(r),
    taskDueAt: taskDue.get(r.id)?.toISOString() ?? null,
    sameDay: r.same_day,
    risk: riskOf(
      (taskDue.get(r.id) ?? r.due_at)?.getTime() ?? null,
      (terminalStatuses as readonly string[]).includes(r.status),
      now,
    ),
  }));
  const counts = emptyCounts();
  for (const i of items) {
    counts[i.risk] += 1;
    counts.total += 1;
  }
  const filtered = query.risk ? items.filter((i) => i.risk === query.risk) : items;
  const dueOf = (i: { taskDueAt: string | null; dueAt: string | null }) => i.taskDueAt ?? i.dueAt ?? '~';
  filtered.sort((a, b) => riskRank[a.risk] - riskRank[b.risk] || dueOf(a).localeCompare(dueOf(b)));
  return { counts, items: filtered.slice(0, query.limit ?? 100) };
}

function emptyCounts(): Inbox['counts'] {
  return { overdue: 0, due_today: 0, due_soon: 0, on_track: 0, no_deadline: 0, total: 0 };
}

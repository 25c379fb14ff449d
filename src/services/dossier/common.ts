/**
 * Shared pieces of the dossier services: reading a dossier, appending to its log, its legal clock, its view.
 */
import type { TimeLimit as CatalogueTimeLimit } from '../../domain/catalogue/record.js';
import type { TimeLimit } from '../../domain/calendar/deadline.js';
import { notFound } from '../../domain/errors.js';
import { parseDossierCode } from '../../domain/dossier/code.js';
import {
  allowedActions,
  portalStatus,
  statusLabels,
  type Action,
  type DossierState,
  type Status,
} from '../../domain/dossier/lifecycle.js';
import type { DossierSummary } from '../../contracts/dossier.js';
import type { Reader, Trx } from '../../db/transaction.js';

export type { DossierSummary };

const dossierNotFound = (code: string) =>
  notFound('DOSSIER_NOT_FOUND', `Không tìm thấy hồ sơ có mã "${code.slice(0, 40)}".`);

/** The catalogue's time limit as the calendar engine's. */
export function deadlineLimit(limit: CatalogueTimeLimit): TimeLimit {
  return limit.unit === 'same_day' ? { unit: 'same_day' } : { unit: limit.unit, value: limit.value };
}

export function dossierRows(db: Reader) {
  return db
    .selectFrom('dossiers as d')
    .innerJoin('units as ru', 'ru.id', 'd.receiving_unit_id')
    .innerJoin('units as hu', 'hu.id', 'd.handling_unit_id')
    .innerJoin('persons as p', 'p.id', 'd.applicant_id')
    .select([
      'd.id',
      'd.code',
      'd.procedure_version_id',
      'd.procedure_code',
      'd.procedure_name',
      'd.case_name',
      'd.receiving_unit_id',
      'd.handling_unit_id',
      'd.previous_unit_id',
      'd.channel',
      'd.status',
      'd.state',
      'd.version',
      'd.assignee_id',
      'd.submitted_at',
      'd.received_at',
      'd.due_at',
      'd.finished_at',
      'd.clock',
      'ru.agency_id as receiving_agency_id',
      'ru.name as receiving_unit_name',
      'ru.path as receiving_unit_path',
      'hu.agency_id as handling_agency_id',
      'hu.name as handling_unit_name',
      'hu.path as handling_unit_path',
      'p.full_name as applicant_name',
      'p.phone as applicant_phone',
      'p.id_number as applicant_id_number',
    ]);
}
export type DossierRow = Awaited<ReturnType<ReturnType<typeof dossierRows>['executeTakeFirstOrThrow']>>;

/** The dossier with this code; with `lock`, its row stays locked until the transaction ends. */
export async function findDossierRow(
  db: Reader,
  code: string,
  lock = false,
): Promise<DossierRow | undefined> {
  const parts = parseDossierCode(code);
  if (!parts) return undefined;
  const normal = code.trim().toUpperCase();
  let query = dossierRows(db).where('d.code', '=', normal);
  if (lock) query = query.forUpdate('d');
  return query.executeTakeFirst();
}

export async function getDossierRow(db: Reader, code: string, lock = false): Promise<DossierRow> {
  const row = await findDossierRow(db, code, lock);
  if (!row) throw dossierNotFound(code);
  return row;
}

export interface LogEntry {
  dossierId: string;
  seq: number;
  action: Action;
  statusAfter: Status;
  actor: { id: string; fullName: string } | null;
  unitId: string | null;
  role: string | null;
  at: Date;
  note?: string | null | undefined;
  data?: Record<string, unknown> | undefined;
  idempotencyKey?: string | null | undefined;
  /** The fingerprint of the request that used the key (services/dossier/idempotency.ts). */
  requestHash?: string | null | undefined;
}

/** The dossier_actions row of a log entry (pure): written by `appendLog` and by the intake's statement. */
export function logRow(e: LogEntry) {
  return {
    dossier_id: e.dossierId,
    seq: e.seq,
    action: e.action,
    status_after: e.statusAfter,
    actor_id: e.actor?.id ?? null,
    actor_name: e.actor?.fullName ?? null,
    unit_id: e.unitId,
    role: e.role,
    at: e.at,
    note: e.note ?? null,
    data: JSON.stringify(e.data ?? {}),
    idempotency_key: e.idempotencyKey ?? null,
    request_hash: e.requestHash ?? null,
  };
}

export async function appendLog(trx: Trx, e: LogEntry): Promise<void> {
  await trx.insertInto('dossier_actions').values(logRow(e)).execute();
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toSummary(row: DossierRow): DossierSummary {
  const state: DossierState = row.state;
  return {
    code: row.code,
    status: row.status,
    statusLabel: statusLabels[row.status],
    statusKey: portalStatus[row.status],
    version: row.version,
    procedure: { code: row.procedure_code, name: row.procedure_name, versionId: row.procedure_version_id },
    caseName: row.case_name,
    channel: row.channel,
    applicant: { name: row.applicant_name },
    receivingUnit: { agencyId: row.receiving_agency_id, name: row.receiving_unit_name },
    handlingUnit: { agencyId: row.handling_agency_id, name: row.handling_unit_name },
    submittedAt: row.submitted_at.toISOString(),
    receivedAt: iso(row.received_at),
    dueAt: iso(row.due_at),
    finishedAt: iso(row.finished_at),
    allowedActions: [...allowedActions(state)],
  };
}

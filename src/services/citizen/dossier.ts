/**
 * The signed-in citizen's own dossier: what they see of it (src/domain/citizen/dossier.ts decides which notes are
 * theirs), its notices as PDFs (forms 01–03) and withdrawing it online. A dossier is theirs when its applicant has
 * their verified phone; anyone else's, like an unknown code, is 404 (codes cannot be probed). Reads are audited like
 * the list's (./audit.ts); a withdrawal is logged with no staff actor, as an online submission is.
 */
import { randomUUID } from 'node:crypto';
import { waitingForApplicant } from '../../domain/citizen/citizen.js';
import {
  citizenForms,
  citizenFormTitles,
  mayWithdraw,
  noteForApplicant,
  type CitizenForm,
} from '../../domain/citizen/dossier.js';
import { actionLabels, portalStatus, statusLabels, type Action } from '../../domain/dossier/lifecycle.js';
import { notFound } from '../../domain/errors.js';
import type { CitizenDossierDetail } from '../../contracts/citizen-dossier.js';
import type { Reader, Trx } from '../../db/transaction.js';
import { checkAllowed, recordAction } from '../dossier/actions/apply.js';
import { findDossierRow, type DossierRow } from '../dossier/common.js';
import { requestHash } from '../dossier/idempotency.js';
import { renderApplicantForm, type RenderedForm } from '../forms/forms.js';
import { auditRow } from '../org/audit.js';
import { auditCitizen, citizenActorName } from './audit.js';
import type { Citizen } from './me.js';

const notYours = (code: string) =>
  notFound('DOSSIER_NOT_FOUND', `Không tìm thấy hồ sơ có mã "${code.slice(0, 40)}" của ông/bà.`);

/**
 * The dossier if its applicant is the person the citizen's national identity linked or has the citizen's verified
 * phone (as "Hồ sơ của tôi" lists them); 404 otherwise (unknown or someone else's).
 */
export async function ownDossier(
  db: Reader,
  citizen: Citizen,
  code: string,
  lock = false,
): Promise<DossierRow> {
  const row = await findDossierRow(db, code, lock);
  const byPhone = row && citizen.phone !== null && row.applicant_phone === citizen.phone;
  const byPerson =
    row &&
    !byPhone &&
    citizen.personId !== null &&
    (await db
      .selectFrom('dossiers')
      .select('id')
      .where('id', '=', row.id)
      .where('applicant_id', '=', citizen.personId)
      .executeTakeFirst()) !== undefined;
  if (!row || !(byPhone || byPerson)) throw notYours(code);
  return row;
}

type Json = Record<string, unknown>;
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
const names = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.flatMap((m) =>
        typeof m === 'object' && m && typeof (m as Json).name === 'string'
          ? [(m as Json).name as string]
          : [],
      )
    : [];

async function detailOf(db: Reader, row: DossierRow): Promise<CitizenDossierDetail> {
  const [log, documents] = await Promise.all([
    db
      .selectFrom('dossier_actions')
      .select(['action', 'at', 'status_after', 'note', 'data'])
      .where('dossier_id', '=', row.id)
      .orderBy('seq')
      .execute(),
    db
      .selectFrom('dossier_documents')
      .select(['position', 'name', 'state', 'originals', 'copies'])
      .where('dossier_id', '=', row.id)
      .orderBy('position')
      .execute(),
  ]);
  const last = (action: Action) => [...log].reverse().find((e) => e.action === action);
  const asked = last('request_supplement');
  const refused = last('refuse');
  const has: Record<CitizenForm, boolean> = {
    receipt: row.received_at !== null,
    supplement: asked !== undefined,
    refusal: refused !== undefined,
  };
  const waitingFor = waitingForApplicant[row.status];
  return {
    code: row.code,
    status: row.status,
    statusKey: portalStatus[row.status],
    statusLabel: statusLabels[row.status],
    channel: row.channel,
    procedure: { code: row.procedure_code, name: row.procedure_name },
    caseName: row.case_name,
    unit: { name: row.receiving_unit_name },
    submittedAt: row.submitted_at.toISOString(),
    receivedAt: row.received_at?.toISOString() ?? null,
    dueAt: row.due_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
    needsMe: waitingFor !== null,
    ...(waitingFor ? { waitingFor } : {}),
    history: log.map((e) => ({
      at: e.at.toISOString(),
      action: e.action,
      label: actionLabels[e.action],
      statusLabel: statusLabels[e.status_after],
      ...(e.note && noteForApplicant(e.action) ? { note: e.note } : {}),
    })),
    documents,
    ...(asked
      ? {
          supplement: {
            requestedAt: asked.at.toISOString(),
            missing: names((asked.data as Json).missing),
            note: asked.note,
            open: row.status === 'supplement_requested',
          },
        }
      : {}),
    ...(refused
      ? {
          refusal: {
            at: refused.at.toISOString(),
            reasons: [
              ...new Set([
                ...strings((refused.data as Json).reasons),
                ...(refused.note ? [refused.note] : []),
              ]),
            ],
          },
        }
      : {}),
    forms: citizenForms
      .filter((f) => has[f])
      .map((form) => ({
        form,
        title: citizenFormTitles[form],
        url: `/api/citizen/dossiers/${encodeURIComponent(row.code)}/${form}.pdf`,
      })),
    mayWithdraw: mayWithdraw(row.status),
  };
}

/** The citizen's own dossier as they see it; the read is audited. */
export async function getMyDossier(
  db: Reader,
  citizen: Citizen,
  code: string,
): Promise<CitizenDossierDetail> {
  const row = await ownDossier(db, citizen, code);
  await auditCitizen(db, { action: 'citizen.dossier.read', ...citizen, extra: { code: row.code } });
  return detailOf(db, row);
}

/** One of the citizen's notices (01–03) of their own dossier; 404 for another's, or when the notice does not exist. */
export async function myDossierForm(
  db: Reader,
  citizen: Citizen,
  code: string,
  fileName: string,
  publicUrl: string,
): Promise<RenderedForm> {
  const form = fileName.replace(/\.pdf$/i, '').toLowerCase();
  if (!(citizenForms as readonly string[]).includes(form)) {
    throw notFound('FORM_NOT_AVAILABLE', `Không có giấy tờ "${fileName.slice(0, 20)}" cho hồ sơ này.`);
  }
  const row = await ownDossier(db, citizen, code);
  const rendered = await renderApplicantForm(db, row.code, form as CitizenForm, { publicUrl });
  await auditCitizen(db, { action: 'citizen.dossier.read', ...citizen, extra: { code: row.code, form } });
  return rendered;
}

/**
 * The citizen withdraws their dossier online, where the transition table allows it (409 otherwise): the log entry
 * has no staff actor (the applicant, as for an online submission), the reason is the note.
 */
export async function withdrawMyDossier(
  trx: Trx,
  citizen: Citizen,
  code: string,
  reason: string | undefined,
  now = Date.now(),
): Promise<CitizenDossierDetail> {
  const row = await ownDossier(trx, citizen, code, true);
  checkAllowed(
    row,
    'withdraw',
    `Hồ sơ đang ở trạng thái "${statusLabels[row.status]}", không thể rút trực tuyến. Vui lòng liên hệ ${row.receiving_unit_name} nếu cần hỗ trợ.`,
  );
  const input = {
    action: 'withdraw' as const,
    expectedVersion: row.version,
    idempotencyKey: `citizen-withdraw:${randomUUID()}`,
    note: reason?.trim() || 'Công dân rút hồ sơ trực tuyến.',
    details: { by: 'citizen' },
  };
  const { fresh, after } = await recordAction(
    trx,
    row,
    input,
    { actor: null, role: null, unitId: row.handling_unit_id },
    { now, fingerprint: requestHash(input) },
  );
  await trx
    .insertInto('audit_log')
    .values({
      ...auditRow(
        { actor: null, requestId: citizen.requestId },
        {
          action: 'dossier.withdraw',
          entity: 'dossier',
          entityId: row.code,
          unitId: row.handling_unit_id,
          extra: { version: after.version, by: 'citizen' },
        },
      ),
      actor_name: citizenActorName(citizen.phone),
    })
    .execute();
  return detailOf(trx, fresh);
}

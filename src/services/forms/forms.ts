/**
 * Filling the official forms (TT 03/2025) from a dossier: the receiving unit's header, the applicant, the documents
 * and the entries of the action log that the form reports (a refusal, a supplement request, the extension, the
 * stop), then rendering through src/adapters/pdf/forms/. A form whose event the dossier does not have is a 404
 * FORM_NOT_AVAILABLE. Visibility is the dossier's: staff of its receiving or handling unit (maySee).
 */
import type { FormAgency, FormDossier } from '../../adapters/pdf/forms/common.js';
import { renderApology } from '../../adapters/pdf/forms/apology.js';
import { renderControlSlip } from '../../adapters/pdf/forms/control-slip.js';
import { renderDeclaration } from '../../adapters/pdf/forms/declaration.js';
import { renderReceipt } from '../../adapters/pdf/forms/receipt.js';
import { renderRefusal } from '../../adapters/pdf/forms/refusal.js';
import { renderStop } from '../../adapters/pdf/forms/stop.js';
import { renderSupplement } from '../../adapters/pdf/forms/supplement.js';
import { formatTimeLimit, serviceCentre } from '../../domain/checklist/checklist.js';
import { readDeclaration, type Declaration } from '../../domain/dossier/declaration.js';
import { formOf } from '../../domain/dossier/eform.js';
import type { DossierFee } from '../../db/tables/dossier.js';
import type { FeeAssessment } from '../../domain/fees/policy.js';
import { feeLine } from '../fees/fee-line.js';
import type { CitizenForm } from '../../domain/citizen/dossier.js';
import { maySee } from '../../domain/dossier/permissions.js';
import type { Action } from '../../domain/dossier/lifecycle.js';
import { forbidden, notFound } from '../../domain/errors.js';
import type { Actor } from '../../domain/org/roles.js';
import { getVersionById } from '../catalogue/versions.js';
import { getDossierRow, type DossierRow } from '../dossier/common.js';
import { getControlSlip } from '../dossier/tasks/control-slip.js';
import { taxSlipPdf } from './tax-slip.js';
import type { Reader } from '../../db/transaction.js';

export { dossierForms, formAliases, formTitles, type DossierForm } from './names.js';
import { formTitles, type DossierForm } from './names.js';

export interface RenderedForm {
  pdf: Buffer;
  /** ASCII file name, e.g. "giay-tiep-nhan-ho-so-H56.10.01-261125-0001.pdf". */
  fileName: string;
  /** Vietnamese file name, e.g. "Giấy tiếp nhận hồ sơ và hẹn trả kết quả H56.10.01-261125-0001.pdf". */
  title: string;
}

const formNotAvailable = (form: DossierForm) =>
  notFound('FORM_NOT_AVAILABLE', `Hồ sơ này không có ${formTitles[form].title.toLowerCase()}.`);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

interface UnitInfo {
  id: string;
  type: string;
  name: string;
  short_name: string | null;
  address: string | null;
  phone: string | null;
  path: string[];
}

/** "02373900900" → "02373 900 900"; a number already spaced stays as it is. */
function hotline(phone: string | null): string {
  if (!phone) return serviceCentre.hotline;
  const d = phone.replace(/\D/g, '');
  if (/^0\d{10}$/.test(d) && !/\s/.test(phone)) return `${d.slice(0, 5)} ${d.slice(5, 8)} ${d.slice(8)}`;
  return phone;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The header of a unit's forms: a commune's one-stop centre under its People's Committee, any other unit under the
 * province's; the place of the date line is the commune, or the province.
 */
export async function formAgency(db: Reader, unitId: string): Promise<FormAgency> {
  const unit = await db
    .selectFrom('units')
    .select(['id', 'type', 'name', 'short_name', 'address', 'phone', 'path'])
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
  const rootId = unit.path[0] ?? unit.id;
  const root: UnitInfo =
    rootId === unit.id
      ? unit
      : await db
          .selectFrom('units')
          .select(['id', 'type', 'name', 'short_name', 'address', 'phone', 'path'])
          .where('id', '=', rootId)
          .executeTakeFirstOrThrow();
  const common = {
    hotline: hotline(unit.phone),
    ...(unit.address ? { address: unit.address } : {}),
  };
  if (unit.type === 'commune') {
    return {
      parent: `UBND ${unit.name}`,
      name: `Trung tâm Phục vụ hành chính công ${unit.name}`,
      place: unit.short_name ?? unit.name.replace(/^(xã|phường|đặc khu)\s+/i, ''),
      ...common,
    };
  }
  const place = root.short_name ?? root.name.replace(/^(tỉnh|thành phố)\s+/i, '');
  if (unit.type === 'province') return { name: `UBND ${lowerFirst(unit.name)}`, place, ...common };
  return { parent: `UBND ${lowerFirst(root.name)}`, name: unit.name, place, ...common };
}

export const trackingUrl = (publicUrl: string, code: string) =>
  `${publicUrl}/tra-cuu?ma=${encodeURIComponent(code)}`;

interface HistoryEntry {
  seq: number;
  action: Action;
  at: Date;
  actor_name: string | null;
  note: string | null;
  data: Json;
}

interface Loaded {
  row: DossierRow;
  declaration: Declaration;
  fee: DossierFee | null;
  owed: FeeAssessment | null;
  person: { address: string | null; email: string | null };
  history: HistoryEntry[];
  base: FormDossier;
}

async function load(
  db: Reader,
  /** null: the caller checked who may see it (the applicant's own, on the citizen's routes). */
  actor: Actor | null,
  code: string,
  publicUrl: string,
  opts: { checked?: boolean } = {},
): Promise<Loaded> {
  const row = await getDossierRow(db, code);
  if (!opts.checked && !(actor && maySee(actor, [row.handling_unit_path, row.receiving_unit_path]))) {
    throw forbidden('Bạn không có quyền xem hồ sơ này.');
  }
  const [rawRow, person, history, agency] = await Promise.all([
    db
      .selectFrom('dossiers')
      .select(['declaration', 'fee', 'fee_assessment', 'organisation'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('persons as p')
      .innerJoin('dossiers as d', 'd.applicant_id', 'p.id')
      .select(['p.address', 'p.email'])
      .where('d.id', '=', row.id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('dossier_actions')
      .select(['seq', 'action', 'at', 'actor_name', 'note', 'data'])
      .where('dossier_id', '=', row.id)
      .orderBy('seq')
      .execute(),
    formAgency(db, row.receiving_unit_id),
  ]);
  const stored = rawRow.declaration as { applicant?: { address?: string | null; email?: string | null } };
  const declared = stored.applicant ?? {};
  const organisation = rawRow.organisation ?? undefined;
  const base: FormDossier = {
    code: row.code,
    procedureName: row.procedure_name,
    caseName: row.case_name,
    agency,
    applicant: {
      name: row.applicant_name,
      ...(organisation ? { organisation } : {}),
      address: person.address ?? declared.address ?? null,
      phone: row.applicant_phone,
      email: person.email ?? declared.email ?? null,
      idNumber: row.applicant_id_number,
    },
    trackingUrl: trackingUrl(publicUrl, row.code),
    receivedAt: row.received_at?.toISOString() ?? null,
    dueAt: row.due_at?.toISOString() ?? null,
  };
  return {
    row,
    declaration: readDeclaration(rawRow.declaration),
    fee: rawRow.fee,
    owed: rawRow.fee_assessment,
    person,
    history,
    base,
  };
}

const lastOf = (history: HistoryEntry[], actions: readonly Action[]) =>
  [...history].reverse().find((h) => actions.includes(h.action));

async function receipt(db: Reader, l: Loaded): Promise<Buffer> {
  const { row, history, base } = l;
  if (!row.received_at) throw formNotAvailable('receipt');
  const receivedMs = row.received_at.getTime();
  const entry =
    history.find((h) => h.at.getTime() === receivedMs) ?? lastOf(history, ['receive', 'receive_supplement']);
  const [documents, version] = await Promise.all([
    db
      .selectFrom('dossier_documents')
      .select(['name', 'kind', 'originals', 'copies', 'state'])
      .where('dossier_id', '=', row.id)
      .where('state', '=', 'received')
      .orderBy('position')
      .execute(),
    getVersionById(db, row.procedure_version_id),
  ]);
  const channel =
    version.record.channels.find((c) => c.kind === row.channel) ??
    version.record.channels.find((c) => c.kind === 'desk') ??
    version.record.channels[0];
  const fee = feeLine(l.fee, l.owed);
  return renderReceipt({
    ...base,
    receivedAt: row.received_at.toISOString(),
    dueAt: row.due_at?.toISOString() ?? null,
    documents: documents.map((d) => ({
      name: d.name,
      kind: d.kind,
      originals: d.originals,
      copies: d.copies,
    })),
    timeLimit: channel ? formatTimeLimit(channel.timeLimit) : '—',
    ...(fee ? { fee } : {}),
    officerName: entry?.actor_name ?? null,
  });
}

function supplement(l: Loaded): Promise<Buffer> {
  const entry = lastOf(l.history, ['request_supplement']);
  if (!entry) throw formNotAvailable('supplement');
  const listed = Array.isArray(entry.data.missing) ? entry.data.missing.filter(isObject) : [];
  // No paper of the checklist named (an online dossier, or during appraisal): the note is what to add.
  const missing = listed.length === 0 && entry.note ? [{ name: entry.note }] : listed;
  return renderSupplement({
    ...l.base,
    requestedAt: entry.at.toISOString(),
    submittedAt: l.row.submitted_at.toISOString(),
    missing: missing.map((m) => ({
      name: str(m.name) ?? '—',
      originals: typeof m.originals === 'number' ? m.originals : 0,
      copies: typeof m.copies === 'number' ? m.copies : 0,
    })),
    reason: entry.note,
    officerName: entry.actor_name,
    online: l.row.channel === 'online',
  });
}

function refusal(l: Loaded): Promise<Buffer> {
  const entry = lastOf(l.history, ['refuse']);
  if (!entry) throw formNotAvailable('refusal');
  const listed = Array.isArray(entry.data.reasons)
    ? entry.data.reasons.map(str).filter((r) => r !== undefined)
    : [];
  const reasons = [
    ...listed,
    ...(entry.note && !listed.includes(entry.note.trim()) ? [entry.note.trim()] : []),
  ];
  return renderRefusal({
    ...l.base,
    refusedAt: entry.at.toISOString(),
    reasons,
    officerName: entry.actor_name,
  });
}

function apology(l: Loaded): Promise<Buffer> {
  const entry = lastOf(l.history, ['extend']);
  const previousDue = entry && str(entry.data.previousDue);
  const newDue = entry && str(entry.data.newDue);
  if (!entry || !previousDue || !newDue) throw formNotAvailable('apology');
  return renderApology({
    ...l.base,
    receivedAt: (l.row.received_at ?? l.row.submitted_at).toISOString(),
    extendedAt: entry.at.toISOString(),
    previousDue,
    newDue,
    reason: entry.note ?? '—',
    signerName: entry.actor_name,
  });
}

function stop(l: Loaded): Promise<Buffer> {
  const entry = lastOf(l.history, ['stop']);
  if (!entry) throw formNotAvailable('stop');
  return renderStop({
    ...l.base,
    stoppedAt: entry.at.toISOString(),
    reason: entry.note ?? '—',
    signerName: entry.actor_name,
  });
}

/** The read-back of the declaration, titled by the form of the version the dossier was received under. */
async function declaration(db: Reader, l: Loaded, now: Date): Promise<Buffer> {
  const { values, confirmation } = l.declaration;
  if (values.length === 0) throw formNotAvailable('declaration');
  const version = await getVersionById(db, l.row.procedure_version_id);
  const officer = values.find((v) => v.enteredBy.kind === 'officer');
  return renderDeclaration({
    ...l.base,
    title: formOf(version.record).title,
    fields: values,
    confirmation,
    printedAt: (l.row.received_at ?? l.row.submitted_at ?? now).toISOString(),
    officerName:
      (officer?.enteredBy.kind === 'officer' ? officer.enteredBy.name : undefined) ??
      l.history[0]?.actor_name ??
      null,
  });
}

export interface FormOptions {
  publicUrl: string;
  now?: Date;
}

/** Renders one official form of a dossier. */
export async function renderDossierForm(
  db: Reader,
  actor: Actor,
  code: string,
  form: DossierForm,
  opts: FormOptions,
): Promise<RenderedForm> {
  const now = opts.now ?? new Date();
  // The control slip and the information slip on land are also for the agencies that held a task of the
  // dossier (the Tax office): the control slip's service checks who may see it.
  const slip =
    form === 'control-slip' || form === 'tax-slip'
      ? await getControlSlip(db, actor, code, { now: now.getTime() })
      : undefined;
  const l = await load(db, actor, code, opts.publicUrl, { checked: slip !== undefined });
  let pdf: Buffer;
  switch (form) {
    case 'receipt':
      pdf = await receipt(db, l);
      break;
    case 'supplement':
      pdf = await supplement(l);
      break;
    case 'refusal':
      pdf = await refusal(l);
      break;
    case 'apology':
      pdf = await apology(l);
      break;
    case 'stop':
      pdf = await stop(l);
      break;
    case 'declaration':
      pdf = await declaration(db, l, now);
      break;
    case 'control-slip':
      if (!slip || !l.row.received_at) throw formNotAvailable('control-slip');
      pdf = await renderControlSlip({ ...l.base, slip, printedAt: now.toISOString() });
      break;
    case 'tax-slip':
      pdf = await taxSlipPdf(db, l.row, l.base, (unitId) => formAgency(db, unitId));
      break;
  }
  return named(form, l.row.code, pdf);
}

function named(form: DossierForm, code: string, pdf: Buffer): RenderedForm {
  const { title, stem } = formTitles[form];
  return { pdf, fileName: `${stem}-${code}.pdf`, title: `${title} ${code}.pdf` };
}

/** The applicant's own notices (01–03), for the citizen's routes, which checked that the dossier is theirs. */
export async function renderApplicantForm(
  db: Reader,
  code: string,
  form: CitizenForm,
  opts: FormOptions,
): Promise<RenderedForm> {
  const l = await load(db, null, code, opts.publicUrl, { checked: true });
  const render = {
    receipt: () => receipt(db, l),
    supplement: () => supplement(l),
    refusal: () => refusal(l),
  };
  return named(form, l.row.code, await render[form]());
}

/**
 * The edit form's model: a procedure record as the form holds it (every optional part present, dates as
 * YYYY-MM-DD strings) and back, whether two records say the same thing, and where a server error's path
 * ("record.channels[0].timeLimit.value") lands in the form. Pure, so it is tested without a browser.
 *
 * Arrays are never filtered on the way back: the server reports problems by array position, and positions must
 * stay those of the form for its messages to land next to the right input.
 */
import type {
  Channel,
  DeclarationForm,
  Fee,
  FormField,
  LegalBasis,
  ProcedureRecord,
  RequiredDocument,
} from '../../../../src/domain/catalogue/record.js';
import {
  fromFormCondition,
  fromFormQuestion,
  previewOptions,
  toFormCondition,
  toFormQuestions,
  type FormCondition,
  type FormQuestion,
} from './form-conditions.js';
import { compact, optional, required } from './form-text.js';

export type FormDocument = Omit<RequiredDocument, 'form' | 'case' | 'note' | 'condition'> & {
  form: { name?: string; url?: string };
  case?: string | null;
  condition: FormCondition;
  note?: string;
};

/** A field of the declaration's e-form on the edit form: its condition by question key, like a document's. */
export type FormEField = Omit<FormField, 'condition' | 'options'> & {
  options?: string[];
  condition: FormCondition;
};

export type FormChannel = Omit<Channel, 'fees' | 'note' | 'timeLimit'> & {
  timeLimit: { value: number | null; unit: Channel['timeLimit']['unit']; note?: string };
  fees: { name: string; amount: number | null; note?: string }[];
  note?: string;
};

export type FormRecord = Omit<
  ProcedureRecord,
  | 'documents'
  | 'channels'
  | 'agencies'
  | 'units'
  | 'decision'
  | 'type'
  | 'conditions'
  | 'questions'
  | 'declaration'
> & {
  decision?: string;
  type?: string;
  units: string[];
  agencies: { competent?: string; implementing?: string; cooperating?: string; delegated?: string };
  channels: FormChannel[];
  questions: FormQuestion[];
  documents: FormDocument[];
  /** The e-form; no fields = none (the generic declaration). */
  declaration: { title: string; fields: FormEField[] };
  conditions?: string;
};

export interface FormValues {
  record: FormRecord;
  /** YYYY-MM-DD */
  effectiveFrom: string;
  note?: string;
}

export type FieldPath = (string | number)[];

/** A new procedure: one desk channel, one general case, the law's default clock. */
export function emptyRecord(): FormRecord {
  return {
    code: '',
    name: '',
    field: { code: '', name: '' },
    levels: ['commune'],
    units: [],
    applicants: ['Công dân Việt Nam'],
    agencies: {},
    steps: [''],
    channels: [{ kind: 'desk', timeLimit: { value: 5, unit: 'working_days' }, fees: [] }],
    cases: [],
    questions: [],
    documents: [],
    declaration: { title: '', fields: [] },
    results: [],
    legalBasis: [],
    related: [],
    onlineLevel: 'none',
    flags: { sameDay: false, interAgency: false },
    clockOnSupplement: 'restart',
    keywords: [],
  };
}

export function toFormRecord(r: ProcedureRecord): FormRecord {
  return {
    ...r,
    units: [...(r.units ?? [])],
    agencies: { ...(r.agencies ?? {}) },
    channels: r.channels.map((c) => ({
      ...c,
      timeLimit: { ...c.timeLimit },
      fees: c.fees.map((f) => ({ ...f })),
    })),
    questions: toFormQuestions(r.questions),
    documents: r.documents.map((d) => ({
      ...d,
      form: { ...(d.form ?? {}) },
      condition: toFormCondition(d.condition),
    })),
    declaration: {
      title: r.declaration?.title ?? '',
      fields: (r.declaration?.fields ?? []).map((f) => ({
        ...f,
        ...(f.options ? { options: [...f.options] } : {}),
        condition: toFormCondition(f.condition),
      })),
    },
  };
}

/** The e-form to send: none without fields; a field's options only on a select, its texts trimmed. */
function fromDeclaration(
  d: FormRecord['declaration'] | undefined,
  questions: readonly FormQuestion[],
): DeclarationForm | undefined {
  const fields = d?.fields ?? [];
  if (fields.length === 0) return undefined;
  return {
    title: required(d?.title),
    fields: fields.map((f) =>
      compact({
        ...f,
        key: required(f.key),
        label: required(f.label),
        required: Boolean(f.required),
        options: f.kind === 'select' ? (f.options ?? []).map(required) : undefined,
        help: optional(f.help),
        group: optional(f.group),
        condition: fromFormCondition(f.condition, questions),
      }),
    ),
  };
}

function fromFee(f: FormChannel['fees'][number]): Fee {
  return compact({ name: required(f.name), amount: f.amount as number, note: optional(f.note) });
}

function fromChannel(c: FormChannel): Channel {
  const sameDay = c.timeLimit.unit === 'same_day';
  return compact({
    kind: c.kind,
    timeLimit: compact({
      value: sameDay ? 0 : (c.timeLimit.value as number),
      unit: c.timeLimit.unit,
      note: optional(c.timeLimit.note),
    }),
    fees: (c.fees ?? []).map(fromFee),
    note: optional(c.note),
  });
}

function fromDocument(d: FormDocument, questions: readonly FormQuestion[]): RequiredDocument {
  const formName = optional(d.form?.name);
  const formUrl = optional(d.form?.url);
  return compact({
    name: required(d.name),
    kind: d.kind,
    originals: d.originals,
    copies: d.copies,
    form:
      formName !== undefined || formUrl !== undefined
        ? compact({ name: formName ?? '', url: formUrl })
        : undefined,
    case: optional(d.case),
    condition: fromFormCondition(d.condition, questions),
    note: optional(d.note),
  });
}

function fromLegalBasis(l: LegalBasis): LegalBasis {
  return compact({
    number: required(l.number),
    title: required(l.title),
    issuedOn: optional(l.issuedOn),
    issuer: optional(l.issuer),
  });
}

/** The record to send: texts trimmed, empty optional parts left out, in the order of the format. */
export function fromFormRecord(f: FormRecord): ProcedureRecord {
  const agencies = compact({
    competent: optional(f.agencies?.competent),
    implementing: optional(f.agencies?.implementing),
    cooperating: optional(f.agencies?.cooperating),
    delegated: optional(f.agencies?.delegated),
  });
  const units = (f.units ?? []).map(required);
  const questions = (f.questions ?? []).map(fromFormQuestion);
  return compact({
    code: required(f.code),
    name: required(f.name),
    field: { code: required(f.field?.code), name: required(f.field?.name) },
    decision: optional(f.decision),
    type: optional(f.type),
    levels: f.levels ?? [],
    units: units.length > 0 ? units : undefined,
    applicants: (f.applicants ?? []).map(required),
    agencies: Object.keys(agencies).length > 0 ? agencies : undefined,
    steps: (f.steps ?? []).map(required),
    channels: (f.channels ?? []).map(fromChannel),
    cases: (f.cases ?? []).map(required),
    questions: questions.length > 0 ? questions : undefined,
    documents: (f.documents ?? []).map((d) => fromDocument(d, f.questions ?? [])),
    declaration: fromDeclaration(f.declaration, f.questions ?? []),
    results: (f.results ?? []).map((r) => compact({ name: required(r.name), code: optional(r.code) })),
    conditions: optional(f.conditions),
    legalBasis: (f.legalBasis ?? []).map(fromLegalBasis),
    related: (f.related ?? []).map(required),
    onlineLevel: f.onlineLevel,
    flags: { sameDay: Boolean(f.flags?.sameDay), interAgency: Boolean(f.flags?.interAgency) },
    clockOnSupplement: f.clockOnSupplement,
    keywords: (f.keywords ?? []).map(required),
    // Not edited on this form: carried through unchanged, so saving never drops a procedure's workflow.
    workflow: f.workflow,
  });
}

/**
 * The record as the checklist preview reads it: each question named by its form key, which is unique and set even
 * while an id is being typed (the preview's answers then survive a renamed id), and every option of a choice shown.
 */
export function previewRecord(f: FormRecord): ProcedureRecord {
  return fromFormRecord({
    ...f,
    questions: (f.questions ?? []).map((q) => ({ ...q, id: q.key, options: previewOptions(q) })),
  });
}

/** JSON with sorted keys, where an absent `units` or `agencies` equals an empty one. */
function canonical(value: unknown, top = true): string {
  if (Array.isArray(value)) return '[' + value.map((v) => canonical(v, false)).join(',') + ']';
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => {
        if (v === undefined) return false;
        if (top && k === 'units' && Array.isArray(v) && v.length === 0) return false;
        if (top && k === 'agencies' && typeof v === 'object' && v && Object.keys(v).length === 0)
          return false;
        return true;
      })
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return '{' + entries.map(([k, v]) => JSON.stringify(k) + ':' + canonical(v, false)).join(',') + '}';
  }
  return JSON.stringify(value);
}

/** Whether two records say the same thing (the server would store an identical version). */
export function sameRecord(a: ProcedureRecord, b: ProcedureRecord): boolean {
  return canonical(a) === canonical(b);
}

/** "record.channels[0].timeLimit.value" → ["record", "channels", 0, "timeLimit", "value"]. */
export function errorPath(field: string): FieldPath {
  const out: FieldPath = [];
  for (const part of field.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

const samePath = (a: FieldPath, b: FieldPath) => a.length === b.length && a.every((p, i) => p === b[i]);

/** The longest start of `path` that is a field of the form (e.g. a tags input for "record.keywords[3]"). */
export function nearestField(path: FieldPath, fields: readonly FieldPath[]): FieldPath | undefined {
  for (let n = path.length; n > 0; n -= 1) {
    const prefix = path.slice(0, n);
    if (fields.some((f) => samePath(f, prefix))) return prefix;
  }
  return undefined;
}

/** Server errors grouped by the form field they belong to; those without a field are returned apart. */
export function placeErrors(
  errors: readonly { field: string; message: string }[],
  fields: readonly FieldPath[],
): { placed: { name: FieldPath; errors: string[] }[]; unplaced: { field: string; message: string }[] } {
  const placed: { name: FieldPath; errors: string[] }[] = [];
  const unplaced: { field: string; message: string }[] = [];
  for (const e of errors) {
    const name = nearestField(errorPath(e.field), fields);
    if (!name) {
      unplaced.push(e);
      continue;
    }
    const existing = placed.find((p) => samePath(p.name, name));
    if (existing) existing.errors.push(e.message);
    else placed.push({ name, errors: [e.message] });
  }
  return { placed, unplaced };
}

/**
 * The procedure record: what the catalogue knows about one administrative procedure, modelled on the national
 * catalogue record (DOMAIN.md, "Procedure catalogue records"). This is the import/export format
 * (docs/CATALOGUE-FORMAT.md) and the content of one procedure version.
 *
 * National field → ours: ma_thu_tuc code · ten_thu_tuc name · so_quyet_dinh decision · loai_thu_tuc type ·
 * linh_vuc field · cap_thuc_hien levels · doi_tuong_thuc_hien applicants · co_quan_* agencies ·
 * trinh_tu_thuc_hien steps · cach_thuc_thuc_hien channels · thanh_phan_ho_so documents · ket_qua_xu_ly results ·
 * yeu_cau_dieu_kien conditions · can_cu_phap_ly legalBasis · thu_tuc_lien_quan related.
 *
 * The Vietnamese wording of levels, channels and time units lives in src/domain/checklist/checklist.ts, which the
 * browser can import without this module's runtime schemas.
 */
import { Type, type Static } from 'typebox';

const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });

export const levels = ['central', 'province', 'commune'] as const;
export type Level = (typeof levels)[number];

export const channelKinds = ['desk', 'online', 'post'] as const;
/** National channel numbers: 1 desk (trực tiếp), 2 online (trực tuyến), 3 post (bưu chính công ích). */
export type ChannelKind = (typeof channelKinds)[number];

export const timeUnits = ['working_days', 'working_hours', 'calendar_days', 'same_day'] as const;
export type TimeUnit = (typeof timeUnits)[number];

export const TimeLimit = Type.Object({
  /** Amount; ignored (0) for same_day. */
  value: Type.Number({ minimum: 0, maximum: 3650 }),
  unit: Type.Enum(timeUnits),
  note: Type.Optional(Text(1000)),
});
export type TimeLimit = Static<typeof TimeLimit>;

export const Fee = Type.Object({
  name: Text(300, 1),
  /** Amount in VND; 0 = free. */
  amount: Type.Integer({ minimum: 0, maximum: 1_000_000_000 }),
  note: Type.Optional(Text(1000)),
});
export type Fee = Static<typeof Fee>;

export const Channel = Type.Object({
  kind: Type.Enum(channelKinds),
  timeLimit: TimeLimit,
  fees: Type.Array(Fee, { maxItems: 20 }),
  note: Type.Optional(Text(2000)),
});
export type Channel = Static<typeof Channel>;

/** Ids of checklist questions and of their answers: short, stable, URL-safe ("uy_quyen", "yes"). */
export const answerIdPattern = '^[a-z][a-z0-9_]{0,39}$';

/**
 * A plain question a citizen can answer that decides whether some documents are needed ("Có ủy quyền cho người khác
 * đi nộp không?"). `yes_no` answers are 'yes' and 'no'; a `choice` has its own options.
 */
export const ChecklistQuestion = Type.Object({
  id: Type.String({ pattern: answerIdPattern }),
  text: Text(300, 3),
  kind: Type.Union([Type.Literal('yes_no'), Type.Literal('choice')]),
  /** Only for `choice`: two or more options. */
  options: Type.Optional(
    Type.Array(Type.Object({ value: Type.String({ pattern: answerIdPattern }), label: Text(200, 1) }), {
      minItems: 2,
      maxItems: 12,
    }),
  ),
  /** A short explanation shown under the question. */
  help: Type.Optional(Text(1000)),
});
export type ChecklistQuestion = Static<typeof ChecklistQuestion>;

export const DocumentCondition = Type.Object({
  /** The id of one of the record's `questions`. */
  question: Type.String({ pattern: answerIdPattern }),
  /** The answers that make the document needed (values of that question). */
  answers: Type.Array(Type.String({ pattern: answerIdPattern }), { minItems: 1, maxItems: 12 }),
});
export type DocumentCondition = Static<typeof DocumentCondition>;

export const RequiredDocument = Type.Object({
  name: Text(2000, 1),
  /** 'submit': giấy tờ phải nộp; 'present': giấy tờ phải xuất trình (shown, not kept). */
  kind: Type.Union([Type.Literal('submit'), Type.Literal('present')]),
  /** Number of originals (bản chính). */
  originals: Type.Integer({ minimum: 0, maximum: 50 }),
  /** Number of copies (bản sao: certified or photocopies). */
  copies: Type.Integer({ minimum: 0, maximum: 50 }),
  /** The form or declaration template, when there is one (mẫu đơn, tờ khai). */
  form: Type.Optional(Type.Object({ name: Text(300, 1), url: Type.Optional(Text(1000)) })),
  /** The case this document belongs to; absent = every case. Must be one of the record's `cases`. */
  case: Type.Optional(Text(300, 1)),
  /**
   * When the document is needed only in some situations: needed when the answer to the record's question `question`
   * is one of `answers`. Absent = always needed (within its case). Format version 2.
   */
  condition: Type.Optional(DocumentCondition),
  note: Type.Optional(Text(2000)),
});
export type RequiredDocument = Static<typeof RequiredDocument>;

/** The kinds of an e-form field (format version 3). */
export const formFieldKinds = [
  'text',
  'textarea',
  'date',
  'select',
  'number',
  'id_number',
  'phone',
  'email',
] as const;
export type FormFieldKind = (typeof formFieldKinds)[number];

/** Where a field's first value can come from: what the applicant already gave (at the desk, or their account). */
export const formPrefills = [
  'applicant_name',
  'applicant_id_number',
  'applicant_address',
  'applicant_phone',
  'applicant_email',
] as const;
export type FormPrefill = (typeof formPrefills)[number];

/** Keys of e-form fields: short, stable, in the values a dossier stores ("childName", "me_ho_ten"). */
export const formFieldKeyPattern = '^[A-Za-z][A-Za-z0-9_]{0,39}$';

/**
 * One field of the declaration's e-form. Kinds: `text` (one line), `textarea` (several lines), `date` (dd/mm/yyyy),
 * `select` (one of `options`), `number`, `id_number` (the 12-digit personal identification number), `phone`,
 * `email`. Format version 3.
 */
export const FormField = Type.Object({
  key: Type.String({ pattern: formFieldKeyPattern }),
  label: Text(300, 1),
  kind: Type.Enum(formFieldKinds),
  required: Type.Boolean(),
  /** Only for `select`: the choices, as written on the form ("Nam", "Nữ"). */
  options: Type.Optional(Type.Array(Text(200, 1), { minItems: 1, maxItems: 60 })),
  /** Lengths of a text (text, textarea). */
  minLength: Type.Optional(Type.Integer({ minimum: 0, maximum: 5000 })),
  maxLength: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })),
  /** A regular expression the whole value must match (text kinds), and what to say when it does not. */
  pattern: Type.Optional(Text(300, 1)),
  patternMessage: Type.Optional(Text(300, 1)),
  /** Bounds of a `number`. */
  min: Type.Optional(Type.Number()),
  max: Type.Optional(Type.Number()),
  /** For a `date`: not after today (a birth date, a date of death). */
  notFuture: Type.Optional(Type.Boolean()),
  /** A short explanation shown under the field. */
  help: Type.Optional(Text(1000)),
  /** The heading of the part of the form the field opens ("Thông tin người mẹ"). */
  group: Type.Optional(Text(200, 1)),
  /** Filled at first with the applicant's own details (name, id number, address, phone, email); still editable. */
  prefill: Type.Optional(Type.Enum(formPrefills)),
  /** Asked only when the record's question `question` is answered with one of `answers`; absent = always. */
  condition: Type.Optional(DocumentCondition),
});
export type FormField = Static<typeof FormField>;

/** The declaration (tờ khai) as an e-form: its title and its fields, in order. Format version 3. */
export const DeclarationForm = Type.Object({
  title: Text(300, 1),
  fields: Type.Array(FormField, { minItems: 1, maxItems: 120 }),
});
export type DeclarationForm = Static<typeof DeclarationForm>;

export const LegalBasis = Type.Object({
  number: Text(100, 1),
  title: Text(1000),
  issuedOn: Type.Optional(Type.String({ format: 'date' })),
  issuer: Type.Optional(Text(300)),
});
export type LegalBasis = Static<typeof LegalBasis>;

export const workflowStepKinds = ['receive', 'appraise', 'transfer', 'approve', 'return'] as const;
export type WorkflowStepKind = (typeof workflowStepKinds)[number];
export const workflowRoles = ['reception_officer', 'specialist', 'leader'] as const;

/** One step of the processing workflow; its time budget is `share` parts of the channel's time limit. */
export const WorkflowStep = Type.Object({
  kind: Type.Enum(workflowStepKinds),
  /** What the step is, in Vietnamese, for people reading the workflow (default: the kind's label). */
  name: Type.Optional(Text(300, 1)),
  /** The role that does the step (at the transfer step: the role at the other agency). */
  role: Type.Enum(workflowRoles),
  /** Agency id of the unit that does it; absent = the unit handling the dossier (for a transfer: chosen then). */
  unit: Type.Optional(Type.String({ maxLength: 40 })),
  /** Weight of the step in the time limit (parts; the budgets are the limit split in these proportions). */
  share: Type.Integer({ minimum: 1, maximum: 1000 }),
});
export type WorkflowStep = Static<typeof WorkflowStep>;

export const Workflow = Type.Object({ steps: Type.Array(WorkflowStep, { minItems: 2, maxItems: 30 }) });
export type Workflow = Static<typeof Workflow>;

export const ProcedureRecord = Type.Object({
  /** National code, e.g. "1.001193" (or a local code such as "2.000123.H56"). */
  code: Type.String({ pattern: '^[0-9A-Za-z][0-9A-Za-z._-]{2,39}$' }),
  name: Text(1000, 3),
  field: Type.Object({ code: Type.String({ pattern: '^[A-Z0-9_]{1,20}$' }), name: Text(300, 1) }),
  /** Publishing decision (số quyết định công bố). */
  decision: Type.Optional(Text(200)),
  /** Procedure type (loại thủ tục). */
  type: Type.Optional(Text(300)),
  levels: Type.Array(Type.Enum(levels), { minItems: 1, maxItems: 3 }),
  /** Agency ids of the units that perform it; empty = every unit at the procedure's levels. */
  units: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 500 })),
  applicants: Type.Array(Text(300, 1), { maxItems: 20 }),
  agencies: Type.Optional(
    Type.Object({
      competent: Type.Optional(Text(1000)),
      implementing: Type.Optional(Text(1000)),
      cooperating: Type.Optional(Text(1000)),
      delegated: Type.Optional(Text(1000)),
    }),
  ),
  /** Steps (trình tự thực hiện), one paragraph each. */
  steps: Type.Array(Text(5000, 1), { maxItems: 50 }),
  channels: Type.Array(Channel, { minItems: 1, maxItems: 3 }),
  /** Named cases (trường hợp) when documents differ by case; empty = one general case. */
  cases: Type.Array(Text(300, 1), { maxItems: 30 }),
  /** Questions that decide the conditional documents (format version 2); absent or empty = none. */
  questions: Type.Optional(Type.Array(ChecklistQuestion, { maxItems: 20 })),
  documents: Type.Array(RequiredDocument, { maxItems: 100 }),
  /** The declaration's e-form (format version 3); absent = the generic declaration (the request in words). */
  declaration: Type.Optional(DeclarationForm),
  results: Type.Array(Type.Object({ name: Text(1000, 1), code: Type.Optional(Text(100)) }), { maxItems: 20 }),
  conditions: Type.Optional(Text(10000)),
  legalBasis: Type.Array(LegalBasis, { maxItems: 100 }),
  related: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 50 }),
  /** Online service level: fully online (toàn trình), partly online (một phần), or not online. */
  onlineLevel: Type.Union([Type.Literal('full'), Type.Literal('partial'), Type.Literal('none')]),
  flags: Type.Object({
    /** Can be done within the day ("no-appointment day" eligible). */
    sameDay: Type.Boolean(),
    /** Needs other agencies (liên thông). */
    interAgency: Type.Boolean(),
  }),
  /** On a supplement request the legal clock pauses, or restarts from zero when the dossier is complete. */
  clockOnSupplement: Type.Union([Type.Literal('pause'), Type.Literal('restart')]),
  /** Extra search words (e.g. "làm giấy khai sinh", "khai sinh cho con"). */
  keywords: Type.Array(Text(200, 1), { maxItems: 30 }),
  /** Processing steps with their time budgets; absent = derived (src/domain/dossier/workflow.ts). */
  workflow: Type.Optional(Workflow),
});
export type ProcedureRecord = Static<typeof ProcedureRecord>;

/** The file format of a catalogue import or export. */
export const CatalogueFile = Type.Object({
  format: Type.Literal('motcua.catalogue'),
  /**
   * 2 adds `questions` and documents' `condition`, 3 the `declaration` e-form; files of earlier versions still
   * import (they have none of what came later).
   */
  version: Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3)]),
  exportedAt: Type.Optional(Type.String()),
  /** The date from which the imported versions apply (YYYY-MM-DD); default: today. */
  effectiveFrom: Type.Optional(Type.String({ format: 'date' })),
  procedures: Type.Array(ProcedureRecord, { maxItems: 20000 }),
});
export type CatalogueFile = Static<typeof CatalogueFile>;

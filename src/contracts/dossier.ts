/**
 * Schemas of the dossier endpoints, in and out; each TypeScript type is inferred under the same name.
 */
import { FeeAssessment } from './fees.js';
import { Type, type Static, type TSchema } from 'typebox';
import { confirmationMethods } from '../domain/dossier/declaration.js';
import { attachmentTypes } from '../domain/dossier/attachments.js';
import { actions, portalStatusKeys, statuses } from '../domain/dossier/lifecycle.js';
import { risks } from '../domain/dossier/risk.js';
import { Answers } from './answers.js';
import { LandTaxOut, TaxNoticeIn, TaxSlipIn } from './land-tax.js';

const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
const IdempotencyKey = Type.String({ minLength: 8, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$' });
export const StatusName = Type.Enum(statuses);
export const ActionName = Type.Enum(actions);
const Instant = Type.String({ format: 'date-time' });

export const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 60 }) });
export type CodeParams = Static<typeof CodeParams>;

export const Applicant = Type.Object(
  {
    name: Text(200, 1),
    phone: Text(30, 1),
    idNumber: Type.Optional(Text(20)),
    address: Type.Optional(Text(500)),
    email: Type.Optional(Text(200)),
  },
  { additionalProperties: false },
);

export const DocumentTick = Type.Object(
  {
    index: Type.Integer({ minimum: 0, maximum: 99 }),
    originals: Type.Integer({ minimum: 0, maximum: 50 }),
    copies: Type.Integer({ minimum: 0, maximum: 50 }),
  },
  { additionalProperties: false },
);

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
export const Fee = Type.Object(
  {
    timing: Type.Union([Type.Literal('before'), Type.Literal('after'), Type.Literal('exempt')]),
    amount: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000_000 })),
    note: Type.Optional(Text(500)),
  },
  { additionalProperties: false },
);
export const Organisation = Type.Object(
  { name: Text(300, 1), taxCode: Type.Optional(Text(20)), address: Type.Optional(Text(500)) },
  { additionalProperties: false },
);
const Uuid = Type.String({ format: 'uuid' });
/** Where the dossier came from (from the intake prefill): the appointment, the ticket, the hotline call. */
export const IntakeLinks = Type.Object(
  {
    appointmentId: Type.Optional(Uuid),
    ticketId: Type.Optional(Uuid),
    hotlineCallId: Type.Optional(Uuid),
    hotlineChecklistId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export const IntakeBody = Type.Object(
  {
    procedureCode: Text(40, 1),
    unit: Type.Optional(Text(40, 1)),
    caseName: Type.Optional(Text(300, 1)),
    channel: Type.Optional(Type.Union([Type.Literal('desk'), Type.Literal('post')])),
    applicant: Applicant,
    documents: Type.Array(DocumentTick, { maxItems: 100 }),
    notApplicable: Type.Optional(Type.Array(Type.Integer({ minimum: 0, maximum: 99 }), { maxItems: 100 })),
    refusalReasons: Type.Optional(Type.Array(Text(1000, 1), { maxItems: 20 })),
    note: Type.Optional(Text(4000)),
    idempotencyKey: Type.Optional(IdempotencyKey),
    assisted: Type.Optional(Type.Boolean()),
    declaration: Type.Optional(
      Type.Array(Type.Object({ key: Text(60, 1), value: Text(1000) }, { additionalProperties: false }), {
        maxItems: 60,
      }),
    ),
    confirmation: Type.Optional(
      Type.Union([
        Type.Object(
          { method: Type.Union([Type.Literal('signature'), Type.Literal('fingerprint')]) },
          { additionalProperties: false },
        ),
        Type.Object(
          {
            method: Type.Literal('otp'),
            otpId: Type.String({ format: 'uuid' }),
            code: Type.String({ pattern: '^[0-9]{6}$' }),
          },
          { additionalProperties: false },
        ),
      ]),
    ),
    fee: Type.Optional(Fee),
    organisation: Type.Optional(Organisation),
    answers: Type.Optional(Answers),
    links: Type.Optional(IntakeLinks),
  },
  { additionalProperties: false },
);
export type IntakeBody = Static<typeof IntakeBody>;

export const OtpBody = Type.Object({ phone: Text(30, 1) }, { additionalProperties: false });
export const OtpSent = Type.Object({ otpId: Type.String(), expiresAt: Instant, phoneMasked: Type.String() });
export const ProcedureCodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) });

export const OnlineBody = Type.Object(
  {
    procedureCode: Text(40, 1),
    unit: Text(40, 1),
    caseName: Type.Optional(Text(300, 1)),
    applicant: Applicant,
    documents: Type.Array(DocumentTick, { maxItems: 100 }),
    idempotencyKey: Type.Optional(IdempotencyKey),
    verification: Type.Object(
      {
        otpId: Type.String({ format: 'uuid', description: 'From POST /api/dossiers/online/otp' }),
        code: Type.String({ pattern: '^[0-9]{6}$', description: "The code sent to the applicant's phone" }),
      },
      {
        additionalProperties: false,
        description: "Proof that the applicant's phone is theirs: the one-time code sent to it",
      },
    ),
  },
  { additionalProperties: false },
);
export type OnlineBody = Static<typeof OnlineBody>;

export const ActionBody = Type.Object(
  {
    action: ActionName,
    expectedVersion: Type.Integer({ minimum: 1 }),
    idempotencyKey: IdempotencyKey,
    note: Type.Optional(Text(4000)),
    toUnit: Type.Optional(Text(40, 1)),
    assigneeId: Type.Optional(Type.String({ format: 'uuid' })),
    newDue: Type.Optional(Text(40, 1)),
    documents: Type.Optional(Type.Array(DocumentTick, { maxItems: 100 })),
    attachmentIds: Type.Optional(
      Type.Array(Type.String({ format: 'uuid' }), { maxItems: 20, uniqueItems: true }),
    ),
    returnedTo: Type.Optional(
      Type.Object(
        {
          name: Text(200, 1),
          relation: Type.Union([Type.Literal('applicant'), Type.Literal('authorised')]),
          idNumber: Type.Optional(Text(20)),
        },
        { additionalProperties: false },
      ),
    ),
    /** consult: when the answer is due (ISO 8601), within the consulted unit's working hours; default: 3 of its working days. */
    deadline: Type.Optional(Text(40, 1)),
    taxSlip: Type.Optional(TaxSlipIn),
    taxNotice: Type.Optional(TaxNoticeIn),
    /** Structured details kept with the entry, e.g. the Tax office's notice number and amount. */
    details: Type.Optional(
      Type.Record(
        Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]{0,39}$' }),
        Type.Union([Text(1000), Type.Number()]),
        {
          maxProperties: 20,
        },
      ),
    ),
  },
  { additionalProperties: false },
);
export type ActionBody = Static<typeof ActionBody>;

const UnitRef = Type.Object({ agencyId: Type.String(), name: Type.String() });
const summaryFields = {
  code: Type.String(),
  status: StatusName,
  statusLabel: Type.String(),
  statusKey: Type.Enum(portalStatusKeys),
  version: Type.Integer(),
  procedure: Type.Object({ code: Type.String(), name: Type.String(), versionId: Type.String() }),
  caseName: Type.Union([Type.String(), Type.Null()]),
  channel: Type.Union([Type.Literal('desk'), Type.Literal('online'), Type.Literal('post')]),
  applicant: Type.Object({ name: Type.String() }),
  receivingUnit: UnitRef,
  handlingUnit: UnitRef,
  submittedAt: Instant,
  receivedAt: Type.Union([Instant, Type.Null()]),
  dueAt: Type.Union([Instant, Type.Null()]),
  finishedAt: Type.Union([Instant, Type.Null()]),
  allowedActions: Type.Array(ActionName),
};
export const DossierSummary = Type.Object(summaryFields);
export type DossierSummary = Static<typeof DossierSummary>;

const Missing = Type.Object({
  index: Type.Integer(),
  name: Type.String(),
  originals: Type.Integer(),
  copies: Type.Integer(),
});

export const IntakeResult = Type.Object({
  outcome: Type.Union([Type.Literal('receipt'), Type.Literal('supplement'), Type.Literal('refusal')]),
  dossier: DossierSummary,
  sameDay: Type.Boolean({
    description:
      "A receipt on the unit's no-appointment day for an eligible procedure: due at the close of the day",
  }),
  missing: Type.Array(Missing),
  reasons: Type.Array(Type.String()),
});
export type IntakeResult = Static<typeof IntakeResult>;

const EnteredBy = Type.Union([
  Type.Object({ kind: Type.Literal('officer'), staffId: Type.String(), name: Type.String() }),
  Type.Object({ kind: Type.Literal('applicant') }),
]);
export const ConfirmationMethodName = Type.Enum(confirmationMethods);

export const Attachment = Type.Object({
  id: Type.String(),
  position: Type.Union([Type.Integer(), Type.Null()]),
  fileName: Type.String(),
  contentType: Type.Enum(attachmentTypes),
  size: Type.Integer(),
  sha256: Type.String(),
  uploadedByName: Type.String(),
  createdAt: Instant,
});
export type Attachment = Static<typeof Attachment>;
/** A scan's upload: the file is the body; its checklist position and original name are in the query. */
export const AttachmentUploadQuery = Type.Object(
  {
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: 99 })),
    name: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);

/** The applicant's answers (in words) and what the dossier was received from. */
export const DossierOrigin = Type.Object({
  answers: Type.Array(Type.String()),
  appointment: Nullable(Type.Object({ code: Type.String(), date: Type.String(), startTime: Type.String() })),
  ticket: Nullable(Type.Object({ number: Type.String(), issuedAt: Instant })),
  call: Nullable(Type.Object({ reference: Type.String(), startedAt: Instant })),
  checklist: Nullable(Type.Object({ procedureCode: Type.String(), sentAt: Instant })),
  servicePoint: Nullable(
    Type.Object({
      name: Type.String(),
      helper: Type.String(),
      consent: Type.Union([Type.Literal('otp'), Type.Literal('signature')]),
      submittedAt: Instant,
    }),
  ),
});

export const DossierDetail = Type.Object({
  ...summaryFields,
  applicant: Type.Object({
    name: Type.String(),
    phone: Nullable(Type.String()),
    idNumber: Nullable(Type.String()),
    address: Nullable(Type.String()),
    email: Nullable(Type.String()),
  }),
  organisation: Nullable(
    Type.Object({
      name: Type.String(),
      taxCode: Type.Optional(Type.String()),
      address: Type.Optional(Type.String()),
    }),
  ),
  fee: Nullable(
    Type.Object({
      timing: Type.Union([Type.Literal('before'), Type.Literal('after'), Type.Literal('exempt')]),
      amount: Type.Integer(),
      note: Type.Optional(Type.String()),
    }),
  ),
  /** What it owed, frozen at submission or receipt (services/fees/assess.ts). */
  owed: Type.Optional(FeeAssessment),
  attachments: Type.Array(Attachment),
  origin: DossierOrigin,
  declaration: Type.Object({
    assisted: Type.Boolean(),
    values: Type.Array(
      Type.Object({ key: Type.String(), label: Type.String(), value: Type.String(), enteredBy: EnteredBy }),
    ),
    confirmation: Nullable(
      Type.Object({ method: ConfirmationMethodName, at: Instant, phoneMasked: Type.Optional(Type.String()) }),
    ),
  }),
  documents: Type.Array(
    Type.Object({
      position: Type.Integer(),
      name: Type.String(),
      kind: Type.Union([Type.Literal('submit'), Type.Literal('present')]),
      originalsRequired: Type.Integer(),
      copiesRequired: Type.Integer(),
      originals: Type.Integer(),
      copies: Type.Integer(),
      state: Type.Union([Type.Literal('received'), Type.Literal('missing'), Type.Literal('not_applicable')]),
      enteredByName: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  landTax: LandTaxOut,
  history: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      action: ActionName,
      statusAfter: StatusName,
      actorName: Type.Union([Type.String(), Type.Null()]),
      role: Type.Union([Type.String(), Type.Null()]),
      unitId: Type.Union([Type.String(), Type.Null()]),
      at: Instant,
      note: Type.Union([Type.String(), Type.Null()]),
      data: Type.Record(Type.String(), Type.Unknown()),
    }),
  ),
});

export type DossierDetail = Static<typeof DossierDetail>;

export const ActionResult = Type.Object({ dossier: DossierSummary, replayed: Type.Boolean() });
export type ActionResult = Static<typeof ActionResult>;

export const AllowedActions = Type.Object({
  code: Type.String(),
  status: StatusName,
  version: Type.Integer(),
  allowed: Type.Array(ActionName),
  mine: Type.Array(ActionName),
});
export type AllowedActions = Static<typeof AllowedActions>;

export const RiskName = Type.Enum(risks);
export const InboxQuery = Type.Object(
  {
    status: Type.Optional(StatusName),
    risk: Type.Optional(RiskName),
    includeFinished: Type.Optional(Type.Boolean()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  },
  { additionalProperties: false },
);
export type InboxQuery = Static<typeof InboxQuery>;

/** The due instant of the actor's unit's own open task (a transfer, a consultation), which drives its risk. */
const inboxTaskFields = { taskDueAt: Type.Optional(Type.Union([Instant, Type.Null()])) };
export const InboxItem = Type.Object({
  ...summaryFields,
  ...inboxTaskFields,
  risk: RiskName,
  sameDay: Type.Boolean(),
});
export type InboxItem = Static<typeof InboxItem>;

export const Inbox = Type.Object({
  counts: Type.Object({
    overdue: Type.Integer(),
    due_today: Type.Integer(),
    due_soon: Type.Integer(),
    on_track: Type.Integer(),
    no_deadline: Type.Integer(),
    total: Type.Integer(),
  }),
  items: Type.Array(InboxItem),
});
export type Inbox = Static<typeof Inbox>;

/**
 * Schemas of the hotline endpoints; they describe exactly the shapes of src/domain/hotline/views.ts (the contract
 * with the consoles), which the type assertions at the end check.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { Answers } from './answers.js';
import {
  callEventKinds,
  callOutcomes,
  callStatuses,
  presenceStates,
  type CallEvent as CallEventView,
  type CallView as CallViewType,
  type Callback as CallbackType,
  type DirectoryEntry as DirectoryEntryType,
  type HotlineStats as HotlineStatsType,
  type HotlineUnitOption as HotlineUnitOptionType,
  type ScreenPop as ScreenPopType,
} from '../domain/hotline/views.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Uuid = Type.String({ format: 'uuid' });
const FieldCode = Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z0-9_]{1,20}$' });
const Extension = Type.String({ minLength: 1, maxLength: 20 });
const PhoneText = Type.String({ minLength: 1, maxLength: 30 });
const IdempotencyKey = Type.String({ minLength: 8, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$' });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Instant = Type.String();

export const CallEvent = Type.Object(
  {
    callId: Type.String({ minLength: 1, maxLength: 100, pattern: '^[\\x21-\\x7e]+$' }),
    event: Type.Enum(callEventKinds),
    at: Type.String({ minLength: 10, maxLength: 40 }),
    caller: Type.Optional(PhoneText),
    called: Type.Optional(PhoneText),
    extension: Type.Optional(Extension),
    toExtension: Type.Optional(Extension),
    durationSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 86_400 })),
  },
  { additionalProperties: false },
);
export type CallEvent = Static<typeof CallEvent>;

export const EventAccepted = Type.Object({
  duplicate: Type.Boolean(),
  /** Null while the call's `ringing` has not arrived (the event is stored and folded when it does). */
  call: Type.Optional(
    Nullable(
      Type.Object({
        id: Type.String(),
        reference: Type.String(),
        status: Type.Enum(callStatuses),
      }),
    ),
  ),
});

const Status = Type.Enum(callStatuses);
const Outcome = Type.Enum(callOutcomes);
const PresenceState = Type.Enum(presenceStates);

export const CallLeg = Type.Object({
  extension: Type.String(),
  staffId: Nullable(Type.String()),
  staffName: Nullable(Type.String()),
  fieldCode: Nullable(Type.String()),
  note: Nullable(Type.String()),
  startedAt: Instant,
  endedAt: Nullable(Instant),
});

export const CallView = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  unitId: Type.String(),
  phone: Type.String(),
  phoneDisplay: Type.String(),
  callerName: Nullable(Type.String()),
  status: Status,
  fieldCode: Nullable(Type.String()),
  startedAt: Instant,
  answeredAt: Nullable(Instant),
  endedAt: Nullable(Instant),
  waitSeconds: Nullable(Type.Integer()),
  legs: Type.Array(CallLeg),
  outcome: Nullable(Outcome),
  outcomeNote: Nullable(Type.String()),
  checklistsSent: Type.Array(Type.String()),
});
export const CallList = Type.Array(CallView);

export const CallParams = Type.Object({ id: Uuid });

export const CallsQuery = Type.Object(
  {
    unitId: Type.Optional(Uuid),
    phone: Type.Optional(Type.String({ maxLength: 30 })),
    status: Type.Optional(Status),
    from: Type.Optional(Day),
    to: Type.Optional(Day),
  },
  { additionalProperties: false },
);
export type CallsQuery = Static<typeof CallsQuery>;

export const UnitQuery = Type.Object({ unitId: Type.Optional(Uuid) }, { additionalProperties: false });

export const TransferInput = Type.Object(
  {
    staffId: Uuid,
    fieldCode: FieldCode,
    note: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
    idempotencyKey: Type.Optional(IdempotencyKey),
  },
  { additionalProperties: false },
);
export type TransferInput = Static<typeof TransferInput>;

export const ChecklistInput = Type.Object(
  {
    procedureCode: Type.String({ minLength: 1, maxLength: 50 }),
    caseName: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 300 }))),
    channel: Type.Union([Type.Literal('sms'), Type.Literal('zalo')]),
    /** Another mobile number to send to (the caller rang from a landline); default: the caller's number. */
    phone: Type.Optional(Nullable(PhoneText)),
    idempotencyKey: Type.Optional(IdempotencyKey),
    /** The caller's answers to the procedure's questions: the list names only the documents they need. */
    answers: Type.Optional(Answers),
  },
  { additionalProperties: false },
);
export type ChecklistInput = Static<typeof ChecklistInput>;

export const ChecklistSent = Type.Object({
  call: CallView,
  /** Whether the message was queued; false when the phone opted out of SMS. */
  queued: Type.Boolean(),
  /** The channel the notification service chose (the phone's recorded preference decides). */
  channel: Nullable(Type.String()),
  notificationId: Nullable(Type.String()),
  heldUntil: Nullable(Type.String()),
});

export const OutcomeInput = Type.Object(
  { outcome: Outcome, note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))) },
  { additionalProperties: false },
);
export type OutcomeInput = Static<typeof OutcomeInput>;

export const PresenceInput = Type.Object({ presence: PresenceState }, { additionalProperties: false });

export const DirectoryEntry = Type.Object({
  staffId: Type.String(),
  fullName: Type.String(),
  extension: Type.String(),
  unitId: Type.String(),
  unitName: Type.String(),
  fieldCodes: Type.Array(Type.String()),
  presence: PresenceState,
  onCall: Type.Boolean(),
});
export const Directory = Type.Array(DirectoryEntry);
export const DirectoryQuery = Type.Object(
  { unitId: Type.Optional(Uuid), field: Type.Optional(FieldCode) },
  { additionalProperties: false },
);

export const Callback = Type.Object({
  id: Type.String(),
  callId: Type.String(),
  reference: Type.String(),
  phone: Type.String(),
  phoneDisplay: Type.String(),
  callerName: Nullable(Type.String()),
  reason: Type.Union([Type.Literal('missed'), Type.Literal('requested')]),
  dueAt: Instant,
  overdue: Type.Boolean(),
  doneAt: Nullable(Instant),
  doneBy: Nullable(Type.String()),
  note: Nullable(Type.String()),
});
export const Callbacks = Type.Array(Callback);
export const CallbackDoneInput = Type.Object(
  { note: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))) },
  { additionalProperties: false },
);

export const HotlineUnits = Type.Array(
  Type.Object({ id: Type.String(), name: Type.String(), canWork: Type.Boolean() }),
);

export const ScreenPopQuery = Type.Object(
  { phone: Type.String({ minLength: 1, maxLength: 30 }), unitId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export const ScreenPop = Type.Object({
  phone: Type.String(),
  phoneDisplay: Type.String(),
  person: Nullable(Type.Object({ id: Type.String(), fullName: Type.String() })),
  dossiers: Type.Array(
    Type.Object({
      code: Type.String(),
      procedureName: Type.String(),
      status: Type.String(),
      statusLabel: Type.String(),
      receivedAt: Nullable(Instant),
      dueAt: Nullable(Instant),
    }),
  ),
  tickets: Type.Array(
    Type.Object({
      id: Type.String(),
      number: Type.String(),
      unitName: Type.String(),
      status: Type.String(),
      issuedAt: Instant,
    }),
  ),
  appointments: Type.Array(
    Type.Object({
      code: Type.String(),
      procedureName: Nullable(Type.String()),
      startsAt: Instant,
      status: Type.String(),
    }),
  ),
  calls: Type.Array(
    Type.Object({
      id: Type.String(),
      reference: Type.String(),
      startedAt: Instant,
      status: Status,
      outcome: Nullable(Outcome),
    }),
  ),
  elsewhere: Type.Object({
    dossiers: Type.Integer(),
    appointments: Type.Integer(),
    tickets: Type.Integer(),
    calls: Type.Integer(),
  }),
});

export const StatsQuery = Type.Object(
  { unitId: Type.Optional(Uuid), from: Day, to: Day },
  { additionalProperties: false },
);
export type StatsQuery = Static<typeof StatsQuery>;

const Rate = {
  dossiers: Type.Integer(),
  cameOnce: Type.Integer(),
  rate: Nullable(Type.Number()),
};
export const HotlineStats = Type.Object({
  from: Day,
  to: Day,
  calls: Type.Integer(),
  answered: Type.Integer(),
  missed: Type.Integer(),
  answerRate: Nullable(Type.Number()),
  missedRate: Nullable(Type.Number()),
  averageWaitSeconds: Nullable(Type.Number()),
  perDay: Type.Array(
    Type.Object({
      date: Day,
      fieldCode: Nullable(Type.String()),
      calls: Type.Integer(),
      missed: Type.Integer(),
    }),
  ),
  firstVisit: Type.Object({
    callers: Type.Object(Rate),
    nonCallers: Type.Object(Rate),
    byField: Type.Array(Type.Object({ ...Rate, fieldCode: Type.String(), fieldName: Type.String() })),
    bySpecialist: Type.Array(Type.Object({ ...Rate, staffId: Type.String(), fullName: Type.String() })),
  }),
});

// The schemas and the contract must agree both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(_: T) => undefined;
agree<Same<Static<typeof CallView>, CallViewType>>(true);
agree<Same<Static<typeof Callback>, CallbackType>>(true);
agree<Same<Static<typeof DirectoryEntry>, DirectoryEntryType>>(true);
agree<Same<Static<typeof ScreenPop>, ScreenPopType>>(true);
agree<Same<Static<typeof HotlineUnits>, HotlineUnitOptionType[]>>(true);
agree<Same<Static<typeof HotlineStats>, HotlineStatsType>>(true);
agree<Same<Omit<CallEvent, 'event'>, Omit<CallEventView, 'event'>>>(true);

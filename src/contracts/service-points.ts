/**
 * Schemas of the online public service points: the unit administrator's points and their counts
 * (/api/admin/service-points) and the helper's routes (/api/service-point), in and out.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { attachmentTypes } from '../domain/dossier/attachments.js';
import { Answers } from './answers.js';
import { Applicant, DocumentTick, StatusName } from './dossier.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
const Uuid = Type.String({ format: 'uuid' });
const Instant = Type.String({ format: 'date-time' });
const Day = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });

export const servicePointKinds = ['commune_office', 'post_office', 'village_house', 'other'] as const;
export const PointKind = Type.Union([
  Type.Literal('commune_office'),
  Type.Literal('post_office'),
  Type.Literal('village_house'),
  Type.Literal('other'),
]);

export const PointIdParams = Type.Object({ id: Uuid });

const helperFields = { id: Uuid, username: Type.String(), fullName: Type.String() };
export const PointHelper = Type.Object(helperFields);

export const ServicePoint = Type.Object({
  id: Uuid,
  unit: Type.Object({ id: Uuid, agencyId: Type.String(), name: Type.String() }),
  name: Type.String(),
  kind: PointKind,
  address: Nullable(Type.String()),
  active: Type.Boolean(),
  helpers: Type.Array(PointHelper),
});
export type ServicePoint = Static<typeof ServicePoint>;

export const ServicePointList = Type.Object({
  items: Type.Array(ServicePoint),
  /** Helpers of the units listed who work at no point yet (to bind one). */
  unboundHelpers: Type.Array(Type.Object({ ...helperFields, unitId: Uuid })),
});

const helperIds = Type.Array(Uuid, { maxItems: 50, uniqueItems: true });

export const PointCreateBody = Type.Object(
  {
    unitId: Uuid,
    name: Text(200, 2),
    kind: PointKind,
    address: Type.Optional(Nullable(Text(300))),
    helperIds: Type.Optional(helperIds),
  },
  { additionalProperties: false },
);
export type PointCreateBody = Static<typeof PointCreateBody>;

export const PointPatchBody = Type.Object(
  {
    name: Type.Optional(Text(200, 2)),
    kind: Type.Optional(PointKind),
    address: Type.Optional(Nullable(Text(300))),
    active: Type.Optional(Type.Boolean()),
    helperIds: Type.Optional(helperIds),
  },
  { additionalProperties: false },
);
export type PointPatchBody = Static<typeof PointPatchBody>;

export const PointStatsQuery = Type.Object(
  { from: Type.Optional(Day), to: Type.Optional(Day) },
  { additionalProperties: false },
);
export type PointStatsQuery = Static<typeof PointStatsQuery>;

export const PointStats = Type.Object({
  from: Day,
  to: Day,
  /** Over the units the actor manages: every dossier submitted online, and those of them entered at a point. */
  online: Type.Integer(),
  assistedAtPoints: Type.Integer(),
  points: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      total: Type.Integer(),
      days: Type.Array(Type.Object({ date: Day, count: Type.Integer() })),
    }),
  ),
});

// The helper's side

/** The point the signed-in helper works at. */
export const HelperPoint = Type.Object({
  point: Type.Object({ id: Uuid, name: Type.String(), kind: PointKind, address: Nullable(Type.String()) }),
  unit: Type.Object({ agencyId: Type.String(), name: Type.String() }),
});

/** The citizen's consent: the one-time code sent to their phone, or a signature drawn on the helper's device. */
export const Consent = Type.Union([
  Type.Object(
    {
      method: Type.Literal('otp'),
      otpId: Uuid,
      code: Type.String({ pattern: '^[0-9]{6}$' }),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      method: Type.Literal('signature'),
      /** A PNG image, base64 (data: prefix allowed), at most ~200 KB. */
      png: Type.String({ minLength: 100, maxLength: 280000 }),
    },
    { additionalProperties: false },
  ),
]);
export type Consent = Static<typeof Consent>;

const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$' });

/** A scan the helper uploaded (POST /api/service-point/files), to attach to the submission by its SHA-256. */
export const HelperFile = Type.Object({
  sha256: Sha256,
  size: Type.Integer(),
  contentType: Type.Enum(attachmentTypes),
  fileName: Type.String(),
});
export type HelperFile = Static<typeof HelperFile>;

export const OnBehalfBody = Type.Object(
  {
    procedureCode: Text(40, 1),
    caseName: Type.Optional(Text(300, 1)),
    applicant: Applicant,
    documents: Type.Array(DocumentTick, { maxItems: 100 }),
    /** The citizen's answers to the procedure's case questions (the papers asked follow them). */
    answers: Type.Optional(Answers),
    /** Scans uploaded for the papers, each for its position in the checklist. */
    files: Type.Optional(
      Type.Array(
        Type.Object(
          { position: Type.Integer({ minimum: 0, maximum: 99 }), sha256: Sha256, fileName: Text(200, 1) },
          { additionalProperties: false },
        ),
        { maxItems: 20 },
      ),
    ),
    idempotencyKey: Type.Optional(
      Type.String({ minLength: 8, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$' }),
    ),
    consent: Consent,
  },
  { additionalProperties: false },
);
export type OnBehalfBody = Static<typeof OnBehalfBody>;

export const OnBehalfOtpBody = Type.Object({ phone: Text(30, 1) }, { additionalProperties: false });

/** The helper's own submissions: their status only. */
export const HelperSubmissions = Type.Object({
  items: Type.Array(
    Type.Object({
      code: Type.String(),
      procedureName: Type.String(),
      applicantName: Type.String(),
      status: StatusName,
      statusLabel: Type.String(),
      consent: Type.Union([Type.Literal('otp'), Type.Literal('signature')]),
      submittedAt: Instant,
    }),
  ),
});

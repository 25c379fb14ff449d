/**
 * Schemas of the citizen's online submission (/api/citizen/drafts…, /api/citizen/documents, the supplement upload):
 * a draft keeps the unit, the case answers, the form values, the applicant's details and the files per paper until
 * it is submitted or deleted; files are uploaded as multipart/form-data (one part `file`).
 */
import { Type, type Static } from 'typebox';
import { attachmentTypes } from '../domain/dossier/attachments.js';
import { statuses } from '../domain/dossier/lifecycle.js';

const Instant = Type.String({ format: 'date-time' });
const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$' });

export const DraftIdParams = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
export const DraftFileParams = Type.Object(
  { id: Type.String({ format: 'uuid' }), fileId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
export const DossierCodeParams = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 40 }) },
  { additionalProperties: false },
);

export const DraftCreateBody = Type.Object(
  {
    procedureCode: Type.String({ minLength: 1, maxLength: 40 }),
    unit: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'Agency id of the unit' })),
  },
  { additionalProperties: false },
);
export type DraftCreateBody = Static<typeof DraftCreateBody>;

export const FormValue = Type.Object(
  { key: Type.String({ minLength: 1, maxLength: 60 }), value: Type.String({ maxLength: 500 }) },
  { additionalProperties: false },
);

export const DraftApplicant = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 200 })),
    idNumber: Type.Optional(Type.String({ maxLength: 20 })),
    address: Type.Optional(Type.String({ maxLength: 500 })),
    email: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const DraftSaveBody = Type.Object(
  {
    unit: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    answers: Type.Optional(Type.Record(Type.String({ maxLength: 60 }), Type.String({ maxLength: 60 }))),
    form: Type.Optional(Type.Array(FormValue, { maxItems: 100 })),
    applicant: Type.Optional(DraftApplicant),
  },
  { additionalProperties: false },
);
export type DraftSaveBody = Static<typeof DraftSaveBody>;

export const UploadQuery = Type.Object(
  {
    position: Type.Integer({
      minimum: 0,
      maximum: 99,
      description: 'The paper (its place in the checklist)',
    }),
  },
  { additionalProperties: false },
);

export const ReuseBody = Type.Object(
  {
    position: Type.Integer({ minimum: 0, maximum: 99 }),
    documentId: Type.String({ format: 'uuid', description: 'A document of "Giấy tờ của tôi"' }),
  },
  { additionalProperties: false },
);
export type ReuseBody = Static<typeof ReuseBody>;

export const UploadedFile = Type.Object(
  {
    id: Type.String(),
    position: Type.Union([Type.Integer(), Type.Null()]),
    fileName: Type.String(),
    contentType: Type.Enum(attachmentTypes),
    size: Type.Integer(),
    sha256: Sha256,
    reused: Type.Boolean({ description: 'Picked from "Giấy tờ của tôi" (the same stored content)' }),
    createdAt: Instant,
  },
  { additionalProperties: false },
);
export type UploadedFile = Static<typeof UploadedFile>;

export const Paper = Type.Object(
  {
    position: Type.Integer(),
    name: Type.String(),
    fileIds: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);

const UnitOption = Type.Object(
  { agencyId: Type.String(), name: Type.String() },
  { additionalProperties: false },
);

export const Draft = Type.Object(
  {
    id: Type.String(),
    procedure: Type.Object(
      {
        code: Type.String(),
        name: Type.String(),
        onlineLevel: Type.Union([Type.Literal('full'), Type.Literal('partial')]),
      },
      { additionalProperties: false },
    ),
    unit: Type.Union([Type.String(), Type.Null()]),
    units: Type.Array(UnitOption, { description: 'The units that do the procedure' }),
    answers: Type.Record(Type.String(), Type.String()),
    form: Type.Array(FormValue),
    applicant: DraftApplicant,
    /** The papers to upload for the answers given, each with its files. */
    papers: Type.Array(Paper),
    files: Type.Array(UploadedFile),
    totalBytes: Type.Integer(),
    dossierCode: Type.Union([Type.String(), Type.Null()]),
    createdAt: Instant,
    updatedAt: Instant,
  },
  { additionalProperties: false },
);
export type Draft = Static<typeof Draft>;

export const DraftSummary = Type.Object(
  {
    id: Type.String(),
    procedure: Type.Object({ code: Type.String(), name: Type.String() }, { additionalProperties: false }),
    files: Type.Integer(),
    updatedAt: Instant,
  },
  { additionalProperties: false },
);
export const DraftList = Type.Object({ items: Type.Array(DraftSummary) }, { additionalProperties: false });
export type DraftList = Static<typeof DraftList>;

export const Submitted = Type.Object(
  {
    code: Type.String(),
    status: Type.Enum(statuses),
    statusLabel: Type.String(),
    submittedAt: Instant,
    unitName: Type.String(),
    next: Type.String({ description: 'What happens next, in Vietnamese' }),
  },
  { additionalProperties: false },
);
export type Submitted = Static<typeof Submitted>;

/** The dossier a document or result belongs to. */
const DossierRef = Type.Object(
  { code: Type.String(), procedureName: Type.String() },
  { additionalProperties: false },
);

export const MyDocument = Type.Object(
  {
    id: Type.String(),
    fileName: Type.String(),
    contentType: Type.Enum(attachmentTypes),
    size: Type.Integer(),
    sha256: Sha256,
    createdAt: Instant,
    paper: Type.Union([Type.String(), Type.Null()], { description: 'The checklist paper it was for' }),
    dossier: DossierRef,
  },
  { additionalProperties: false },
);
export type MyDocument = Static<typeof MyDocument>;
/** A result received before (a returned dossier's): a record, the product keeps no file of it. */
export const MyResult = Type.Object(
  {
    name: Type.String({ description: "What the result is (the procedure's result)" }),
    number: Type.Union([Type.String(), Type.Null()], { description: 'Số, ký hiệu văn bản kết quả' }),
    recordedAt: Type.Union([Instant, Type.Null()]),
    returnedAt: Type.Union([Instant, Type.Null()]),
    dossier: DossierRef,
  },
  { additionalProperties: false },
);
export type MyResult = Static<typeof MyResult>;
export const MyDocuments = Type.Object(
  { items: Type.Array(MyDocument), results: Type.Array(MyResult) },
  { additionalProperties: false },
);
export type MyDocuments = Static<typeof MyDocuments>;

export const SupplementSent = Type.Object(
  { code: Type.String(), files: Type.Integer(), sentAt: Instant },
  { additionalProperties: false },
);
export type SupplementSent = Static<typeof SupplementSent>;

/** The multipart upload as the OpenAPI document describes it (validated by the route itself, not by schema). */
export const UploadForm = Type.Unsafe<unknown>({
  type: 'object',
  properties: { file: { type: 'string', format: 'binary' } },
  required: ['file'],
});

/**
 * Schemas of the catalogue endpoints; each TypeScript type shares its schema's name.
 */
import { Type, type Static } from 'typebox';
import { CATALOGUE_DATE_PATTERN } from '../domain/catalogue/dates.js';
import {
  CatalogueFile,
  ChecklistQuestion,
  levels,
  ProcedureRecord,
  RequiredDocument,
  timeUnits,
} from '../domain/catalogue/record.js';

export { CatalogueFile };

const CatalogueDate = (description: string) =>
  Type.String({ format: 'date', pattern: CATALOGUE_DATE_PATTERN, description });

export const ProcedureQuery = Type.Object({
  q: Type.Optional(
    Type.String({
      maxLength: 200,
      description: 'Search text; diacritics, case and small typos do not matter',
    }),
  ),
  field: Type.Optional(Type.String({ maxLength: 40, description: 'Field code, e.g. HT' })),
  level: Type.Optional(Type.Enum(levels)),
  unit: Type.Optional(
    Type.String({
      maxLength: 100,
      description: 'Unit id or agency id (e.g. 000.00.06.H56): what it performs',
    }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000, default: 0 })),
});
export type ProcedureQuery = Static<typeof ProcedureQuery>;

export const FieldRef = Type.Object({ code: Type.String(), name: Type.String() });

export const ProcedureSummary = Type.Object({
  code: Type.String(),
  name: Type.String(),
  field: FieldRef,
  levels: Type.Array(Type.Enum(levels)),
  onlineLevel: ProcedureRecord.properties.onlineLevel,
  sameDay: Type.Boolean(),
  timeLimit: Type.Union([
    Type.Object({ value: Type.Number(), unit: Type.Enum(timeUnits) }, { description: 'Of the desk channel' }),
    Type.Null(),
  ]),
  score: Type.Optional(Type.Number({ description: 'Relevance, higher first; absent when browsing' })),
});

export const ProcedureList = Type.Object({
  items: Type.Array(ProcedureSummary),
  total: Type.Integer({ description: 'Matches in all, before limit and offset' }),
});

export const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 200 }) });
export type CodeParams = Static<typeof CodeParams>;

export const AtQuery = Type.Object({
  at: Type.Optional(CatalogueDate('The version in force at this date (default: today in Vietnam)')),
});

export const VersionRef = Type.Object({
  id: Type.String({ format: 'uuid', description: 'Store it to read this exact version later' }),
  no: Type.Integer(),
  effectiveFrom: Type.String({ format: 'date' }),
});

/** A document's condition as the public API gives it: readable without looking the question up. */
export const ConditionView = Type.Union(
  [
    Type.Object({
      question: Type.Object({ id: Type.String(), text: Type.String() }),
      answers: Type.Array(Type.Object({ value: Type.String(), label: Type.String() }), {
        description: 'The document is needed when the question is answered with one of these',
      }),
    }),
    Type.Null({ description: 'Always needed (within its case)' }),
  ],
  { description: 'When the document is needed' },
);

const { condition: _recordCondition, ...documentProperties } = RequiredDocument.properties;
export const DocumentView = Type.Object({ ...documentProperties, condition: ConditionView });

export const ProcedureDetail = Type.Object(
  {
    ...ProcedureRecord.properties,
    questions: Type.Array(ChecklistQuestion, {
      description: 'The questions that decide conditional documents',
    }),
    documents: Type.Array(DocumentView),
    version: VersionRef,
  },
  { description: 'The record of the version in force, and which version it is' },
);

export const VersionList = Type.Object({
  code: Type.String(),
  items: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      no: Type.Integer(),
      effectiveFrom: Type.String({ format: 'date' }),
      createdAt: Type.String({ format: 'date-time' }),
      note: Type.Union([Type.String(), Type.Null()]),
      inForce: Type.Boolean({ description: 'The version in force today' }),
    }),
  ),
});

export const FieldList = Type.Object({
  items: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      description: Type.Union([Type.String(), Type.Null()]),
      count: Type.Integer({ description: 'Procedures in force in the field' }),
    }),
  ),
});

export const CreateBody = Type.Object({
  record: ProcedureRecord,
  effectiveFrom: Type.Optional(CatalogueDate('Default: today in Vietnam')),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
});

export const ReviseBody = Type.Object({
  record: ProcedureRecord,
  effectiveFrom: Type.Optional(CatalogueDate('Default: today in Vietnam')),
  baseVersion: Type.Integer({ minimum: 1, description: 'The version number the edit started from' }),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
});

export const EditResult = Type.Object({
  code: Type.String(),
  version: VersionRef,
  fieldsCreated: Type.Array(Type.String()),
});

export const ImportQuery = Type.Object({
  dryRun: Type.Optional(Type.Boolean({ description: 'Check and count only' })),
  effectiveFrom: Type.Optional(CatalogueDate("Overrides the file's effectiveFrom; default today")),
});

export const ImportResult = Type.Object({
  dryRun: Type.Boolean(),
  effectiveFrom: Type.String({ format: 'date' }),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  createdCodes: Type.Array(Type.String()),
  updatedCodes: Type.Array(Type.String()),
  fieldsCreated: Type.Array(Type.String()),
});
export type EditResult = Static<typeof EditResult>;
export type ImportResult = Static<typeof ImportResult>;

export const AdminVersion = Type.Object({
  id: Type.String({ format: 'uuid' }),
  no: Type.Integer(),
  effectiveFrom: Type.String({ format: 'date' }),
  createdAt: Type.String({ format: 'date-time' }),
  createdByName: Type.Union([Type.String(), Type.Null()], {
    description: 'Who saved it; null for the system (demo data, command line)',
  }),
  note: Type.Union([Type.String(), Type.Null()]),
  inForce: Type.Boolean({ description: 'The version in force today' }),
  latest: Type.Boolean({ description: 'The highest number: the baseVersion of the next edit' }),
});
export type AdminVersion = Static<typeof AdminVersion>;

export const AdminProcedureVersion = Type.Object({
  code: Type.String(),
  record: ProcedureRecord,
  version: AdminVersion,
});
export type AdminProcedureVersion = Static<typeof AdminProcedureVersion>;

export const AdminProcedure = Type.Object({
  ...AdminProcedureVersion.properties,
  versions: Type.Array(AdminVersion, { description: 'Every version, oldest first' }),
});
export type AdminProcedure = Static<typeof AdminProcedure>;

export const VersionParams = Type.Object({
  code: CodeParams.properties.code,
  no: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
});

const VersionRefShort = Type.Object({ no: Type.Integer(), effectiveFrom: Type.String({ format: 'date' }) });

export const VersionStatusQuery = Type.Object({
  codes: Type.String({
    maxLength: 4200,
    description: 'Procedure codes separated by commas (at most 100)',
  }),
});
export type VersionStatusQuery = Static<typeof VersionStatusQuery>;

export const VersionStatus = Type.Object({
  code: Type.String(),
  latest: VersionRefShort,
  inForce: Type.Union([VersionRefShort, Type.Null()], {
    description: 'null when no version is in force yet',
  }),
});
export type VersionStatus = Static<typeof VersionStatus>;

export const VersionStatusList = Type.Object({ items: Type.Array(VersionStatus) });

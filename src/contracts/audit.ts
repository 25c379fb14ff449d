/** Schemas of the administrators' audit log (GET /api/admin/audit, /api/admin/audit/export). */
import { Type, type Static, type TSchema } from 'typebox';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD, Vietnam time' });

const filters = {
  staff: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, description: 'Username, or part of a name' }),
  ),
  person: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 30,
      description: "The person's phone number or 12-digit ID number",
    }),
  ),
  dossierCode: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  action: Type.Optional(
    Type.String({ minLength: 1, maxLength: 80, description: 'An action, or its prefix (dossier, hotline…)' }),
  ),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
};

export const AuditQuery = Type.Object(
  {
    ...filters,
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuery>;

export const AuditExportQuery = Type.Object(
  {
    ...filters,
    format: Type.Optional(
      Type.Enum(['csv', 'excel'] as const, {
        description: 'csv: UTF-8, comma; excel: with a byte-order mark so Excel reads the Vietnamese letters',
      }),
    ),
  },
  { additionalProperties: false },
);
export type AuditExportQuery = Static<typeof AuditExportQuery>;

export const AuditEntry = Type.Object({
  id: Type.Integer({ description: 'The row number, in the order rows were written' }),
  seq: Nullable(
    Type.Integer({
      description: 'Place in the hash chain; null until sealed, a few seconds after the write',
    }),
  ),
  at: Type.String({ format: 'date-time' }),
  actorId: Nullable(Type.String()),
  actorName: Nullable(Type.String()),
  unitId: Nullable(Type.String()),
  unitName: Nullable(Type.String()),
  action: Type.String(),
  entity: Type.String(),
  entityId: Nullable(Type.String()),
  purpose: Nullable(Type.String()),
  subjectName: Nullable(Type.String()),
  subjectPhone: Nullable(Type.String({ description: 'Masked but for the last three digits' })),
  data: Type.Record(Type.String(), Type.Unknown()),
  hash: Nullable(Type.String({ description: 'Null until sealed' })),
});

export const AuditPage = Type.Object({
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  rows: Type.Array(AuditEntry),
});

export const CsvBody = Type.String({ description: 'text/csv' });

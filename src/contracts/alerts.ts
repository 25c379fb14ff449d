/**
 * Schemas of the deadline alerts (GET /api/me/alerts, marking read) and of the apology-and-extension drafts.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { alertLevels } from '../domain/dossier/escalation.js';
import { ActionResult, StatusName } from './dossier.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Instant = Type.String({ format: 'date-time' });
const IdempotencyKey = Type.String({ minLength: 8, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$' });

export const AlertsQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);
export type AlertsQuery = Static<typeof AlertsQuery>;

export const Alert = Type.Object({
  id: Type.String(),
  level: Type.Enum(alertLevels),
  levelLabel: Type.String(),
  step: Type.Union([Type.Literal(1), Type.Literal(2)]),
  createdAt: Instant,
  readAt: Nullable(Instant),
  dueAt: Instant,
  dossier: Type.Object({
    code: Type.String(),
    procedureName: Type.String(),
    status: StatusName,
    statusLabel: Type.String(),
    handlingUnit: Type.Object({ agencyId: Type.String(), name: Type.String() }),
  }),
  draft: Nullable(Type.Object({ proposedDue: Instant })),
});
export type Alert = Static<typeof Alert>;

export const MyAlerts = Type.Object({ unread: Type.Integer(), items: Type.Array(Alert) });
export type MyAlerts = Static<typeof MyAlerts>;

export const AlertParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 40 }) });
export type AlertParams = Static<typeof AlertParams>;

export const ReadAnswer = Type.Object({ id: Type.String(), readAt: Instant });
export const ReadAllAnswer = Type.Object({ count: Type.Integer() });

export const Draft = Type.Object({
  code: Type.String(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('confirmed')]),
  currentDue: Instant,
  proposedDue: Instant,
  apology: Type.String(),
  createdAt: Instant,
  confirmedAt: Nullable(Instant),
  current: Type.Boolean(),
});
export type Draft = Static<typeof Draft>;

export const ConfirmBody = Type.Object(
  {
    reason: Type.String({ minLength: 1, maxLength: 1000 }),
    newDue: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    expectedVersion: Type.Integer({ minimum: 1 }),
    idempotencyKey: IdempotencyKey,
  },
  { additionalProperties: false },
);
export type ConfirmBody = Static<typeof ConfirmBody>;

export const ConfirmAnswer = Type.Object({ ...ActionResult.properties, draft: Draft });

/**
 * The process control slip (Mẫu 06) and the lateness statistics by agency, as the dossier routes answer them
 * (GET /api/dossiers/{code}/control-slip, GET /api/dossiers/lateness).
 */
import { Type, type Static } from 'typebox';

const Instant = Type.String({ format: 'date-time' });

const Party = Type.Object({
  name: Type.Union([Type.String(), Type.Null()]),
  unit: Type.Union([Type.String(), Type.Null()]),
});
const Outcome = Type.Union([Type.Literal('early'), Type.Literal('on_time'), Type.Literal('late')]);
/** The process control slip (Mẫu 06): src/domain/dossier/control-slip.ts. */
export const ControlSlip = Type.Object({
  code: Type.String(),
  procedureName: Type.String(),
  receivedAt: Type.Union([Instant, Type.Null()]),
  dueAt: Type.Union([Instant, Type.Null()]),
  rows: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      at: Instant,
      step: Type.String(),
      handedBy: Party,
      receivedBy: Party,
      dueAt: Type.Union([Instant, Type.Null()]),
      outcome: Type.Union([Outcome, Type.Null()]),
      note: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  agencies: Type.Array(
    Type.Object({
      unit: Type.String(),
      agencyId: Type.String(),
      heldHours: Type.Number(),
      shareHours: Type.Union([Type.Number(), Type.Null()]),
      late: Type.Boolean(),
    }),
  ),
  lateAgency: Type.Optional(
    Type.Union([Type.Object({ unit: Type.String(), agencyId: Type.String() }), Type.Null()]),
  ),
});

export const LatenessQuery = Type.Object(
  { from: Type.String({ format: 'date' }), to: Type.String({ format: 'date' }) },
  { additionalProperties: false },
);
export type LatenessQuery = Static<typeof LatenessQuery>;
/** Finished dossiers counted once each; a late one against the one agency that made it late. */
export const Lateness = Type.Object({
  from: Type.String(),
  to: Type.String(),
  finished: Type.Integer(),
  onTime: Type.Integer(),
  late: Type.Integer(),
  byAgency: Type.Array(Type.Object({ agencyId: Type.String(), unit: Type.String(), late: Type.Integer() })),
});

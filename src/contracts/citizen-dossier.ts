/**
 * Schemas of the citizen's own dossier (/api/citizen/dossiers/{code}): what they see of it — status, dates, the
 * steps meant for them (no officer-internal notes), the papers, what waits for them, the notices as PDFs — and
 * withdrawing it online.
 */
import { Type, type Static } from 'typebox';
import { actions, portalStatusKeys, statuses } from '../domain/dossier/lifecycle.js';
import { citizenForms } from '../domain/citizen/dossier.js';

const Instant = Type.String({ format: 'date-time' });
const MaybeInstant = Type.Union([Instant, Type.Null()]);

export const CitizenCodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 60 }) });
export type CitizenCodeParams = Static<typeof CitizenCodeParams>;

export const CitizenFormParams = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 60 }),
  form: Type.String({
    minLength: 1,
    maxLength: 20,
    description: `One of ${citizenForms.map((f) => `${f}.pdf`).join(', ')}`,
  }),
});

export const CitizenStep = Type.Object(
  {
    at: Instant,
    action: Type.Enum(actions),
    label: Type.String(),
    statusLabel: Type.String({ description: 'The status after the step' }),
    note: Type.Optional(
      Type.String({ description: 'Only where it is addressed to the citizen (what to add, reasons)' }),
    ),
  },
  { additionalProperties: false },
);

export const CitizenDocument = Type.Object(
  {
    /** Its place in the dossier's checklist: where a supplement's file for it is uploaded. */
    position: Type.Integer(),
    name: Type.String(),
    state: Type.Union([Type.Literal('received'), Type.Literal('missing'), Type.Literal('not_applicable')]),
    originals: Type.Integer(),
    copies: Type.Integer(),
  },
  { additionalProperties: false },
);

export const CitizenFormLink = Type.Object(
  {
    form: Type.Enum(citizenForms),
    title: Type.String(),
    url: Type.String({ description: 'Under /api/citizen (the session cookie goes with it)' }),
  },
  { additionalProperties: false },
);

export const CitizenDossierDetail = Type.Object(
  {
    code: Type.String(),
    status: Type.Enum(statuses),
    statusKey: Type.Enum(portalStatusKeys),
    statusLabel: Type.String(),
    channel: Type.String(),
    procedure: Type.Object({ code: Type.String(), name: Type.String() }, { additionalProperties: false }),
    caseName: Type.Union([Type.String(), Type.Null()]),
    unit: Type.Object({ name: Type.String() }, { additionalProperties: false }),
    submittedAt: Instant,
    receivedAt: MaybeInstant,
    dueAt: MaybeInstant,
    finishedAt: MaybeInstant,
    needsMe: Type.Boolean(),
    waitingFor: Type.Optional(Type.String()),
    history: Type.Array(CitizenStep),
    documents: Type.Array(CitizenDocument),
    supplement: Type.Optional(
      Type.Object(
        {
          requestedAt: Instant,
          missing: Type.Array(Type.String()),
          note: Type.Union([Type.String(), Type.Null()]),
          open: Type.Boolean({ description: 'Still waiting for the papers' }),
        },
        { additionalProperties: false },
      ),
    ),
    refusal: Type.Optional(
      Type.Object({ at: Instant, reasons: Type.Array(Type.String()) }, { additionalProperties: false }),
    ),
    forms: Type.Array(CitizenFormLink),
    mayWithdraw: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type CitizenDossierDetail = Static<typeof CitizenDossierDetail>;

export const CitizenWithdrawBody = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);
export type CitizenWithdrawBody = Static<typeof CitizenWithdrawBody>;

/**
 * Schemas of the public dossier tracking (/api/track/{code}).
 */
import { FeeAssessment } from './fees.js';
import { Type, type Static } from 'typebox';
import { portalStatusKeys, statuses } from '../domain/dossier/lifecycle.js';
import { TrackedObligation } from './land-tax.js';

/** The steps of a citizen's journey that the tracking page shows (call → checklist → booking → ticket → dossier → result). */
export const threadKinds = ['call', 'checklist', 'appointment', 'ticket', 'dossier', 'result'] as const;
export type ThreadKind = (typeof threadKinds)[number];

export const TrackParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 60 }) });
export type TrackParams = Static<typeof TrackParams>;

export const TrackQuery = Type.Object({
  phone: Type.String({
    minLength: 4,
    maxLength: 30,
    description: "The applicant's mobile number (0… or +84…) or its last 4 digits",
  }),
});
export type TrackQuery = Static<typeof TrackQuery>;

const Instant = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);

export const TrackedDossier = Type.Object(
  {
    code: Type.String(),
    status: Type.Enum(statuses),
    statusKey: Type.Enum(portalStatusKeys, { description: 'Status key of the national portal' }),
    statusLabel: Type.String(),
    procedure: Type.Object({ code: Type.String(), name: Type.String() }, { additionalProperties: false }),
    receivedAt: Instant,
    dueAt: Instant,
    finishedAt: Type.Optional(Type.String({ format: 'date-time' })),
    unit: Type.Object({ name: Type.String() }, { additionalProperties: false }),
    history: Type.Array(
      Type.Object(
        { at: Type.String({ format: 'date-time' }), label: Type.String() },
        { additionalProperties: false },
      ),
    ),
    thread: Type.Array(
      Type.Object(
        {
          kind: Type.Enum(threadKinds),
          at: Type.String({ format: 'date-time' }),
          label: Type.String(),
        },
        { additionalProperties: false },
      ),
      {
        description:
          "The citizen's journey linked to this dossier (same phone only): call → checklist → booking → ticket → dossier → result",
      },
    ),
    owed: Type.Optional(FeeAssessment),
    obligations: Type.Array(TrackedObligation, {
      description:
        "The Tax office's notice of financial obligations on land: amounts (đồng) and payment deadlines",
    }),
    ratingPath: Type.Optional(
      Type.String({
        description: 'Once the result is returned: the page where the applicant rates the dossier',
      }),
    ),
  },
  { additionalProperties: false },
);
export type TrackedDossier = Static<typeof TrackedDossier>;

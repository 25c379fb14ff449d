/**
 * Schemas of the citizen's rating of a returned dossier (GET/POST /api/ratings/{token}) and of the unit leaders'
 * follow-ups of "Không hài lòng" (GET /api/ratings/follow-ups, POST …/{code}/answer).
 */
import { Type, type Static, type TSchema } from 'typebox';
import { COMMENT_MAX, ratingLevels } from '../domain/ratings/ratings.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Instant = Type.String({ format: 'date-time' });
const Level = Type.Enum(ratingLevels);

export const RatingTokenParams = Type.Object({
  // Any text: a link that is not one of ours is 404, as a forged one.
  token: Type.String({ minLength: 1, maxLength: 200 }),
});
export type RatingTokenParams = Static<typeof RatingTokenParams>;

export const RatingBody = Type.Object(
  {
    level: Level,
    reasons: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 10 })),
    comment: Type.Optional(Type.String({ maxLength: COMMENT_MAX })),
  },
  { additionalProperties: false },
);
export type RatingBody = Static<typeof RatingBody>;

export const RatingView = Type.Object({
  dossier: Type.Object({
    code: Type.String(),
    procedure: Type.Object({ code: Type.String(), name: Type.String() }),
  }),
  rated: Type.Boolean(),
  /** The unit that received the dossier (and answers a "Không hài lòng"). */
  unit: Type.String(),
  returnedAt: Nullable(Instant),
  rating: Type.Optional(
    Type.Object({
      level: Level,
      reasons: Type.Array(Type.String()),
      comment: Nullable(Type.String()),
      ratedAt: Instant,
    }),
  ),
  /** Whether a rating (or its one change) is taken now; otherwise why not. */
  canRate: Type.Boolean(),
  refusal: Type.Optional(Type.Object({ code: Type.String(), message: Type.String() })),
  followUp: Type.Optional(
    Type.Object({ dueAt: Instant, answer: Nullable(Type.String()), answeredAt: Nullable(Instant) }),
  ),
});
export type RatingView = Static<typeof RatingView>;

export const RatingAnswer = Type.Intersect([RatingView, Type.Object({ created: Type.Boolean() })]);
export type RatingAnswer = Static<typeof RatingAnswer>;

export const FollowUpsQuery = Type.Object(
  { open: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type FollowUpsQuery = Static<typeof FollowUpsQuery>;

export const FollowUp = Type.Object({
  dossier: Type.Object({
    code: Type.String(),
    procedure: Type.Object({ code: Type.String(), name: Type.String() }),
    applicantName: Type.String(),
  }),
  unit: Type.Object({ agencyId: Type.String(), name: Type.String() }),
  level: Level,
  reasons: Type.Array(Type.String()),
  comment: Nullable(Type.String()),
  ratedAt: Instant,
  officerName: Nullable(Type.String()),
  openedAt: Instant,
  dueAt: Instant,
  overdue: Type.Boolean(),
  answer: Nullable(Type.String()),
  answeredAt: Nullable(Instant),
  answeredBy: Nullable(Type.String()),
});
export type FollowUp = Static<typeof FollowUp>;

export const FollowUpList = Type.Object({ items: Type.Array(FollowUp), open: Type.Integer() });
export type FollowUpList = Static<typeof FollowUpList>;

export const FollowUpParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) });
export type FollowUpParams = Static<typeof FollowUpParams>;

export const FollowUpAnswerBody = Type.Object(
  { answer: Type.String({ minLength: 10, maxLength: 2000 }) },
  { additionalProperties: false },
);
export type FollowUpAnswerBody = Static<typeof FollowUpAnswerBody>;

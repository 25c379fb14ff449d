/**
 * Schemas every area shares: the error body of every endpoint and the unit in a path (/units/{agencyId}/…).
 */
import { Type, type Static } from 'typebox';

/** {"error":{"code","message",...}} as produced by src/http/errors.ts. */
export const ErrorResponse = Type.Object(
  {
    error: Type.Object(
      {
        code: Type.String(),
        message: Type.String(),
        fields: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
      },
      { additionalProperties: true },
    ),
  },
  { description: 'Error: a stable code for programs and a Vietnamese message for people.' },
);

/** A unit named in the path by its agency code. */
export const AgencyParams = Type.Object({ agencyId: Type.String({ minLength: 1, maxLength: 40 }) });
export type AgencyParams = Static<typeof AgencyParams>;

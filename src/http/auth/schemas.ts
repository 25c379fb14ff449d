/**
 * Schemas of the auth endpoints, and the error body every staff endpoint may answer with.
 */
import { Type, type Static } from 'typebox';
import { permissions, roles } from '../../domain/org/roles.js';
import { PASSWORD_MAX_LENGTH } from '../../domain/org/rules.js';
import { unitTypes } from '../../domain/org/unit-tree.js';

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

/** Error answers shared by every staff endpoint. */
export const staffErrors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
} as const;

export const RoleName = Type.Enum(roles);
export const UnitTypeName = Type.Enum(unitTypes);

export const LoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 100 }),
  password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
});
export type LoginBody = Static<typeof LoginBody>;

export const Me = Type.Object({
  id: Type.String({ format: 'uuid' }),
  username: Type.String(),
  fullName: Type.String(),
  mustChangePassword: Type.Boolean(),
  unit: Type.Object({
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    agencyId: Type.String(),
    type: UnitTypeName,
    isSample: Type.Boolean(),
  }),
  roles: Type.Array(
    Type.Object({ role: RoleName, label: Type.String(), unitId: Type.String(), unitName: Type.String() }),
  ),
  permissions: Type.Array(Type.Enum(permissions)),
});
export type Me = Static<typeof Me>;

export const LoginResponse = Type.Object({ user: Me });

export const Ok = Type.Object({ ok: Type.Literal(true) });

export const PasswordBody = Type.Object({
  currentPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
  newPassword: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
});
export type PasswordBody = Static<typeof PasswordBody>;

/**
 * Schemas of the auth endpoints.
 */
import { Type, type Static } from 'typebox';
import { permissions, roles } from '../domain/org/roles.js';
import { PASSWORD_MAX_LENGTH } from '../domain/org/rules.js';
import { unitTypes } from '../domain/org/unit-tree.js';

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

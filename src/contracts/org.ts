/**
 * Schemas of the organisation admin endpoints (/api/admin/units, /fields, /staff), in and out.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { PASSWORD_MAX_LENGTH } from '../domain/org/rules.js';
import { RoleName, UnitTypeName } from './auth.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
const Uuid = Type.String({ format: 'uuid' });

export const IdParams = Type.Object({ id: Uuid });
export const CodeParams = Type.Object({ code: Text(20, 1) });

// Units

export const Unit = Type.Object({
  id: Uuid,
  parentId: Nullable(Type.String()),
  type: UnitTypeName,
  agencyId: Type.String(),
  name: Type.String(),
  shortName: Nullable(Type.String()),
  address: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  isSample: Type.Boolean(),
  active: Type.Boolean(),
  depth: Type.Integer({ description: 'Depth among the units listed (0 = a root of what the actor sees).' }),
  manageable: Type.Boolean({ description: 'The actor may edit contact details and add units under it.' }),
  identityManageable: Type.Boolean({ description: 'The actor may change name, agency id and active.' }),
});
export type Unit = Static<typeof Unit>;

export const UnitList = Type.Object({
  items: Type.Array(Unit, {
    description: 'Units the actor may see, in tree order (each unit before its children).',
  }),
});

export const UnitCreateBody = Type.Object({
  parentId: Uuid,
  type: Type.Union([Type.Literal('service_centre'), Type.Literal('sector_agency'), Type.Literal('commune')]),
  agencyId: Text(20, 1),
  name: Text(300, 2),
  shortName: Type.Optional(Nullable(Text(100))),
  address: Type.Optional(Nullable(Text(500))),
  phone: Type.Optional(Nullable(Text(30))),
});
export type UnitCreateBody = Static<typeof UnitCreateBody>;

export const UnitPatchBody = Type.Object({
  name: Type.Optional(Text(300, 2)),
  agencyId: Type.Optional(Text(20, 1)),
  active: Type.Optional(Type.Boolean()),
  shortName: Type.Optional(Nullable(Text(100))),
  address: Type.Optional(Nullable(Text(500))),
  phone: Type.Optional(Nullable(Text(30))),
});
export type UnitPatchBody = Static<typeof UnitPatchBody>;

// Fields

export const Field = Type.Object({
  code: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  sortOrder: Type.Integer(),
});
export type Field = Static<typeof Field>;
export const FieldList = Type.Object({
  items: Type.Array(
    Type.Object({
      ...Field.properties,
      procedureCount: Type.Integer({ description: 'Procedures in force today in the field' }),
    }),
  ),
});
export type FieldListItem = Static<typeof FieldList>['items'][number];

export const FieldCreateBody = Type.Object({
  code: Text(20, 1),
  name: Text(300, 1),
  description: Type.Optional(Nullable(Text(2000))),
  sortOrder: Type.Optional(Type.Integer({ minimum: -10000, maximum: 10000 })),
});
export const FieldPatchBody = Type.Object({
  name: Type.Optional(Text(300, 1)),
  description: Type.Optional(Nullable(Text(2000))),
  sortOrder: Type.Optional(Type.Integer({ minimum: -10000, maximum: 10000 })),
});

// Staff

const RoleAssignment = Type.Object({ role: RoleName, unitId: Uuid });

export const Staff = Type.Object({
  id: Uuid,
  username: Type.String(),
  fullName: Type.String(),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  unit: Type.Object({ id: Uuid, name: Type.String(), isSample: Type.Boolean() }),
  roles: Type.Array(
    Type.Object({ role: RoleName, label: Type.String(), unitId: Uuid, unitName: Type.String() }),
  ),
  fieldCodes: Type.Array(Type.String()),
  extension: Nullable(Type.String()),
  active: Type.Boolean(),
  lockedUntil: Nullable(Type.String({ format: 'date-time' })),
  mustChangePassword: Type.Boolean(),
  manageable: Type.Boolean({ description: 'The actor may edit this account.' }),
});
export type Staff = Static<typeof Staff>;

export const StaffQuery = Type.Object({
  unitId: Type.Optional(Uuid),
  role: Type.Optional(RoleName),
  q: Type.Optional(Text(100)),
  active: Type.Optional(Type.Boolean()),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
});
export type StaffQuery = Static<typeof StaffQuery>;

export const StaffList = Type.Object({ items: Type.Array(Staff), total: Type.Integer() });

const details = {
  email: Type.Optional(Nullable(Text(200))),
  phone: Type.Optional(Nullable(Text(30))),
  fieldCodes: Type.Optional(Type.Array(Text(20, 1), { maxItems: 50 })),
  extension: Type.Optional(Nullable(Text(8))),
};

export const StaffCreateBody = Type.Object({
  username: Text(50, 1),
  fullName: Text(200, 2),
  unitId: Uuid,
  roles: Type.Array(RoleAssignment, { maxItems: 20 }),
  ...details,
});
export type StaffCreateBody = Static<typeof StaffCreateBody>;

export const StaffPatchBody = Type.Object({
  fullName: Type.Optional(Text(200, 2)),
  unitId: Type.Optional(Uuid),
  roles: Type.Optional(Type.Array(RoleAssignment, { maxItems: 20 })),
  active: Type.Optional(Type.Boolean()),
  unlock: Type.Optional(
    Type.Boolean({
      description:
        'true: forget the failed logins counted on the account (every address starts again without a delay).',
    }),
  ),
  ...details,
});
export type StaffPatchBody = Static<typeof StaffPatchBody>;

const TemporaryPassword = Type.String({
  maxLength: PASSWORD_MAX_LENGTH,
  description: 'One-time password to hand to the person; shown only in this answer.',
});

export const StaffCreated = Type.Object({ staff: Staff, temporaryPassword: TemporaryPassword });
export const PasswordReset = Type.Object({ temporaryPassword: TemporaryPassword });

export const SecurityAlert = Type.Object({
  id: Type.String(),
  kind: Type.Literal('login_burst'),
  username: Type.String(),
  fullName: Type.String(),
  unitName: Type.String(),
  /** Failed logins on the account in the hour before the alert. */
  failures: Type.Integer(),
  /** How many client addresses those failures came from. */
  addresses: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
});
export const SecurityAlertList = Type.Object({ items: Type.Array(SecurityAlert) });
export type SecurityAlertList = Static<typeof SecurityAlertList>;

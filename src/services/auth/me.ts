/**
 * The signed-in staff member as the browser sees them: who, where, which roles, which permissions.
 */
import { actorPermissions } from '../../domain/org/grants.js';
import type { Permission, Role } from '../../domain/org/roles.js';
import type { UnitType } from '../../domain/org/unit-tree.js';
import type { Reader } from '../../db/transaction.js';
import { actorOf, getStaffRecord } from '../org/queries.js';

export interface Me {
  id: string;
  username: string;
  fullName: string;
  mustChangePassword: boolean;
  unit: { id: string; name: string; agencyId: string; type: UnitType; isSample: boolean };
  roles: { role: Role; label: string; unitId: string; unitName: string }[];
  permissions: Permission[];
}

export async function getMe(db: Reader, staffId: string): Promise<Me> {
  const record = await getStaffRecord(db, staffId);
  const { staff, unit, roles } = record;
  return {
    id: staff.id,
    username: staff.username,
    fullName: staff.full_name,
    mustChangePassword: staff.must_change_password,
    unit: {
      id: unit.id,
      name: unit.name,
      agencyId: unit.agency_id,
      type: unit.type,
      isSample: unit.is_sample,
    },
    roles: roles.map((r) => ({ role: r.role, label: r.label, unitId: r.unitId, unitName: r.unitName })),
    permissions: actorPermissions(actorOf(record)),
  };
}

/**
 * The organisation admin routes (/api/admin/units, /fields, /staff), with their schemas as types
 * (src/contracts/route.ts).
 */
import { route } from './route.js';
import type {
  CodeParams,
  Field,
  FieldCreateBody,
  FieldList,
  FieldPatchBody,
  IdParams,
  PasswordReset,
  SecurityAlertList,
  Staff,
  StaffCreateBody,
  StaffCreated,
  StaffList,
  StaffPatchBody,
  StaffQuery,
  Unit,
  UnitCreateBody,
  UnitList,
  UnitPatchBody,
} from './org.js';

export const orgApi = {
  units: route<{ response: typeof UnitList }>('GET', '/api/admin/units'),
  createUnit: route<{ body: typeof UnitCreateBody; response: typeof Unit }>('POST', '/api/admin/units'),
  patchUnit: route<{ params: typeof IdParams; body: typeof UnitPatchBody; response: typeof Unit }>(
    'PATCH',
    '/api/admin/units/:id',
  ),
  fields: route<{ response: typeof FieldList }>('GET', '/api/admin/fields'),
  createField: route<{ body: typeof FieldCreateBody; response: typeof Field }>('POST', '/api/admin/fields'),
  patchField: route<{ params: typeof CodeParams; body: typeof FieldPatchBody; response: typeof Field }>(
    'PATCH',
    '/api/admin/fields/:code',
  ),
  staff: route<{ querystring: typeof StaffQuery; response: typeof StaffList }>('GET', '/api/admin/staff'),
  createStaff: route<{ body: typeof StaffCreateBody; response: typeof StaffCreated }>(
    'POST',
    '/api/admin/staff',
  ),
  patchStaff: route<{ params: typeof IdParams; body: typeof StaffPatchBody; response: typeof Staff }>(
    'PATCH',
    '/api/admin/staff/:id',
  ),
  resetPassword: route<{ params: typeof IdParams; response: typeof PasswordReset }>(
    'POST',
    '/api/admin/staff/:id/reset-password',
  ),
  securityAlerts: route<{ response: typeof SecurityAlertList }>('GET', '/api/admin/security-alerts'),
};

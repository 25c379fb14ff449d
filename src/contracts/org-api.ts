/**
 * The organisation admin routes (/api/admin/units, /fields, /staff), with their schemas as types
 * (src/contracts/route.ts).
 */
import { get, patch, post } from './route.js';
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
  units: get<typeof UnitList>('/api/admin/units'),
  createUnit: post<typeof Unit, { body: typeof UnitCreateBody }>('/api/admin/units'),
  patchUnit: patch<typeof Unit, { params: typeof IdParams; body: typeof UnitPatchBody }>(
    '/api/admin/units/:id',
  ),
  fields: get<typeof FieldList>('/api/admin/fields'),
  createField: post<typeof Field, { body: typeof FieldCreateBody }>('/api/admin/fields'),
  patchField: patch<typeof Field, { params: typeof CodeParams; body: typeof FieldPatchBody }>(
    '/api/admin/fields/:code',
  ),
  staff: get<typeof StaffList, { querystring: typeof StaffQuery }>('/api/admin/staff'),
  createStaff: post<typeof StaffCreated, { body: typeof StaffCreateBody }>('/api/admin/staff'),
  patchStaff: patch<typeof Staff, { params: typeof IdParams; body: typeof StaffPatchBody }>(
    '/api/admin/staff/:id',
  ),
  resetPassword: post<typeof PasswordReset, { params: typeof IdParams }>(
    '/api/admin/staff/:id/reset-password',
  ),
  securityAlerts: get<typeof SecurityAlertList>('/api/admin/security-alerts'),
};

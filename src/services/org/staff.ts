/**
 * Staff accounts: see one, create, update (details, home unit, roles, active, unlock), reset the password.
 * Scope: see `canManageStaff` and `canGrant` in src/domain/org/grants.ts.
 */
import { conflict, forbidden, invalid, type FieldIssue } from '../../domain/errors.js';
import { canGrant, canManageStaff, canSeeStaff, diffRoles } from '../../domain/org/grants.js';
import { can, type Role } from '../../domain/org/roles.js';
import { throttleKey } from '../../domain/auth/throttle.js';
import { normaliseNationalPhone } from '../../domain/contact/contact.js';
import {
  collectIssues,
  emailIssue,
  EXTENSION_PATTERN,
  normaliseUsername,
  usernameIssue,
} from '../../domain/org/rules.js';
import { hashPassword, temporaryPassword } from './passwords.js';
import { writeAudit } from './audit.js';
import type { ActingContext } from './context.js';
import type { Reader, Trx } from '../../db/transaction.js';
import { findUnit, getStaffRecord, type StaffRecord, type UnitRow } from './queries.js';
import { staffView, type StaffView } from './staff-view.js';

export { listStaff, type StaffFilter, type StaffView } from './staff-view.js';

export interface RoleInput {
  role: Role;
  unitId: string;
}

export interface StaffDetails {
  fullName?: string;
  email?: string | null;
  phone?: string | null;
  fieldCodes?: string[];
  extension?: string | null;
}

export interface StaffInput extends StaffDetails {
  username: string;
  fullName: string;
  unitId: string;
  roles: RoleInput[];
}

export interface StaffPatch extends StaffDetails {
  unitId?: string;
  roles?: RoleInput[];
  active?: boolean;
  /** Clear a lock after failed logins. */
  unlock?: boolean;
}

const asTarget = (r: StaffRecord) => ({
  id: r.staff.id,
  unitPath: r.unit.path,
  roles: r.roles.map((x) => ({ role: x.role, unitPath: x.unitPath })),
});

export async function getStaff(db: Reader, ctx: ActingContext, id: string): Promise<StaffView> {
  const record = await getStaffRecord(db, id);
  if (!canSeeStaff(ctx.actor, asTarget(record))) throw forbidden('Bạn không có quyền xem cán bộ này.');
  return staffView(record, ctx.actor);
}

async function managedRecord(trx: Trx, ctx: ActingContext, id: string): Promise<StaffRecord> {
  const record = await getStaffRecord(trx, id);
  if (!canManageStaff(ctx.actor, asTarget(record)))
    throw forbidden('Bạn không có quyền quản lý tài khoản này.');
  return record;
}

async function checkDetails(trx: Trx, d: StaffDetails): Promise<FieldIssue[]> {
  const issues = collectIssues([
    [
      'fullName',
      d.fullName !== undefined && d.fullName.trim().length < 2 ? 'Vui lòng nhập họ và tên.' : undefined,
    ],
    ['email', d.email ? emailIssue(d.email.trim()) : undefined],
    ['phone', d.phone && !normaliseNationalPhone(d.phone) ? 'Số điện thoại không hợp lệ.' : undefined],
    [
      'extension',
      d.extension && !EXTENSION_PATTERN.test(d.extension.trim()) ? 'Số máy lẻ gồm 2–8 chữ số.' : undefined,
    ],
  ]);
  if (d.fieldCodes?.length) {
    const known = new Set(
      (await trx.selectFrom('fields').select('code').where('code', 'in', d.fieldCodes).execute()).map(
        (f) => f.code,
      ),
    );
    const unknown = d.fieldCodes.filter((c) => !known.has(c));
    if (unknown.length)
      issues.push({ field: 'fieldCodes', message: `Không có lĩnh vực: ${unknown.join(', ')}.` });
  }
  return issues;
}

function detailValues(d: StaffDetails) {
  return {
    full_name: d.fullName?.trim(),
    email: d.email === undefined ? undefined : d.email?.trim().toLowerCase() || null,
    phone: d.phone === undefined ? undefined : d.phone ? (normaliseNationalPhone(d.phone) ?? null) : null,
    field_codes: d.fieldCodes === undefined ? undefined : [...new Set(d.fieldCodes)],
    extension: d.extension === undefined ? undefined : d.extension?.trim() || null,
  };
}

/** Resolves each role's unit and checks the actor may grant it; collects issues for unknown units. */
async function resolveRoles(trx: Trx, roles: RoleInput[], issues: FieldIssue[]) {
  const units = new Map<string, UnitRow>();
  for (const [i, r] of roles.entries()) {
    const unit = units.get(r.unitId) ?? (await findUnit(trx, r.unitId));
    if (!unit) issues.push({ field: `roles.${i}.unitId`, message: 'Không tìm thấy đơn vị.' });
    else units.set(unit.id, unit);
  }
  const unique = [...new Map(roles.map((r) => [`${r.role}@${r.unitId}`, r])).values()];
  // A service-point helper's account is theirs alone (least privilege: src/domain/org/roles.ts).
  if (unique.length > 1 && unique.some((r) => r.role === 'service_point_helper')) {
    issues.push({ field: 'roles', message: 'Vai trò người hỗ trợ tại điểm không đi cùng vai trò khác.' });
  }
  return { unique, units };
}

function ensureGrantable(
  ctx: ActingContext,
  roles: readonly RoleInput[],
  units: Map<string, Pick<UnitRow, 'path' | 'name'>>,
) {
  for (const r of roles) {
    const unit = units.get(r.unitId);
    if (unit && !canGrant(ctx.actor, r.role, unit.path)) {
      throw forbidden(`Bạn không được giao hoặc thu hồi vai trò này tại ${unit.name}.`);
    }
  }
}

export async function createStaff(
  trx: Trx,
  ctx: ActingContext,
  input: StaffInput,
): Promise<{ staff: StaffView; temporaryPassword: string }> {
  const username = normaliseUsername(input.username);
  const issues = collectIssues([['username', usernameIssue(username)]]);
  issues.push(...(await checkDetails(trx, input)));
  const unit = await findUnit(trx, input.unitId);
  if (!unit) issues.push({ field: 'unitId', message: 'Không tìm thấy đơn vị.' });
  if (input.roles.length === 0) issues.push({ field: 'roles', message: 'Cần giao ít nhất một vai trò.' });
  const { unique, units } = await resolveRoles(trx, input.roles, issues);
  if (issues.length || !unit) throw invalid('VALIDATION_FAILED', 'Thông tin cán bộ chưa hợp lệ.', issues);
  if (!can(ctx.actor, 'staff.manage', unit.path))
    throw forbidden('Bạn không có quyền thêm cán bộ cho đơn vị này.');
  ensureGrantable(ctx, unique, units);
  const taken = await trx
    .selectFrom('staff')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst();
  if (taken) {
    throw conflict('USERNAME_TAKEN', `Tên đăng nhập ${username} đã có người dùng.`, {
      fields: [{ field: 'username', message: 'Tên đăng nhập đã có người dùng.' }],
    });
  }
  const password = temporaryPassword();
  const inserted = await trx
    .insertInto('staff')
    .values({
      ...detailValues(input),
      username,
      full_name: input.fullName.trim(),
      unit_id: unit.id,
      password_hash: await hashPassword(password),
      must_change_password: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('staff_roles')
    .values(unique.map((r) => ({ staff_id: inserted.id, role: r.role, unit_id: r.unitId })))
    .execute();
  await writeAudit(trx, ctx, {
    action: 'staff.create',
    entity: 'staff',
    entityId: inserted.id,
    unitId: unit.id,
    fields: Object.keys(input).filter((k) => input[k as keyof StaffInput] !== undefined),
    extra: { roles: unique.map((r) => `${r.role}@${r.unitId}`) },
  });
  const record = await getStaffRecord(trx, inserted.id);
  return { staff: staffView(record, ctx.actor), temporaryPassword: password };
}

export async function updateStaff(
  trx: Trx,
  ctx: ActingContext,
  id: string,
  patch: StaffPatch,
): Promise<StaffView> {
  const record = await managedRecord(trx, ctx, id);
  const self = id === ctx.actor.id;
  const issues = await checkDetails(trx, patch);
  let newUnit: UnitRow | undefined;
  if (patch.unitId !== undefined && patch.unitId !== record.staff.unit_id) {
    newUnit = await findUnit(trx, patch.unitId);
    if (!newUnit) issues.push({ field: 'unitId', message: 'Không tìm thấy đơn vị.' });
  }
  const resolved = patch.roles ? await resolveRoles(trx, patch.roles, issues) : undefined;
  if (resolved && resolved.unique.length === 0)
    issues.push({ field: 'roles', message: 'Cần ít nhất một vai trò.' });
  if (issues.length) throw invalid('VALIDATION_FAILED', 'Thông tin cán bộ chưa hợp lệ.', issues);
  if (newUnit && !can(ctx.actor, 'staff.manage', newUnit.path)) {
    throw forbidden('Bạn không có quyền chuyển cán bộ sang đơn vị này.');
  }
  if (self && patch.active === false) throw forbidden('Bạn không thể tự khóa tài khoản của mình.');

  const changed = (Object.keys(patch) as (keyof StaffPatch)[]).filter(
    (k) => patch[k] !== undefined && k !== 'roles' && (k !== 'unlock' || patch.unlock === true),
  );
  if (resolved) {
    const before = record.roles.map((r) => ({ role: r.role, unitId: r.unitId }));
    const { added, removed } = diffRoles(before, resolved.unique);
    if (added.length || removed.length) {
      if (self) throw forbidden('Bạn không thể tự thay đổi vai trò của mình.');
      const unitsForCheck = new Map<string, Pick<UnitRow, 'path' | 'name'>>(resolved.units);
      for (const r of record.roles) {
        if (!unitsForCheck.has(r.unitId)) unitsForCheck.set(r.unitId, { path: r.unitPath, name: r.unitName });
      }
      ensureGrantable(ctx, [...added, ...removed], unitsForCheck);
      for (const r of removed) {
        await trx
          .deleteFrom('staff_roles')
          .where('staff_id', '=', id)
          .where('role', '=', r.role)
          .where('unit_id', '=', r.unitId)
          .execute();
      }
      if (added.length) {
        await trx
          .insertInto('staff_roles')
          .values(added.map((r) => ({ staff_id: id, role: r.role, unit_id: r.unitId })))
          .execute();
      }
      changed.push('roles');
    }
  }
  if (changed.length === 0) return staffView(record, ctx.actor);

  await trx
    .updateTable('staff')
    .set({
      ...detailValues(patch),
      unit_id: newUnit?.id,
      active: patch.active,
      ...(patch.unlock ? { failed_logins: 0, locked_until: null } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
  // Unlocking also forgets the account's failed logins: every address trying it starts without a delay.
  if (patch.unlock) await forgetLoginFailures(trx, record.staff.username);
  // A deactivated account, or one whose powers changed, starts from a fresh login.
  if (patch.active === false || changed.includes('roles')) {
    await trx.deleteFrom('sessions').where('staff_id', '=', id).execute();
  }
  await writeAudit(trx, ctx, {
    action: 'staff.update',
    entity: 'staff',
    entityId: id,
    unitId: newUnit?.id ?? record.staff.unit_id,
    fields: changed,
  });
  return staffView(await getStaffRecord(trx, id), ctx.actor);
}

/** Gives the account a new one-time password (shown once to the administrator), unlocks it, ends its sessions. */
export async function resetStaffPassword(
  trx: Trx,
  ctx: ActingContext,
  id: string,
): Promise<{ temporaryPassword: string }> {
  const record = await managedRecord(trx, ctx, id);
  const password = temporaryPassword();
  await trx
    .updateTable('staff')
    .set({
      password_hash: await hashPassword(password),
      must_change_password: true,
      failed_logins: 0,
      locked_until: null,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
  await trx.deleteFrom('sessions').where('staff_id', '=', id).execute();
  await writeAudit(trx, ctx, {
    action: 'staff.reset_password',
    entity: 'staff',
    entityId: id,
    unitId: record.staff.unit_id,
    fields: ['password'],
  });
  return { temporaryPassword: password };
}

/** Forgets every failure counted on the account (an administrator's "unlock"). */
async function forgetLoginFailures(db: Reader, username: string): Promise<void> {
  await db
    .deleteFrom('login_failures')
    .where((eb) =>
      eb.or([
        eb('key', '=', throttleKey.account(username)),
        eb('key', 'like', throttleKey.pairsOf(username)),
      ]),
    )
    .execute();
}

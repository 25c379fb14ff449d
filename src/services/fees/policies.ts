/**
 * The province administrator's fee policies (docs/DECISIONS.md, "Fee policies"), edited with the calendar's care: a
 * change never rewrites the past. A policy is added from today or later; one already in force keeps its past (only
 * its wording — name, legal basis, note — may be corrected, and its end moved, never before today); a planned one
 * may be corrected wholly. Every change is versioned (expectedVersion) and audited; a policy whose range overlaps
 * another of the same scope is refused. Dossiers keep what they froze whatever happens here.
 */
import { sql } from 'kysely';
import { findEpochDay } from '../../domain/calendar/civil-date.js';
import { todayInVietnam } from '../../domain/catalogue/dates.js';
import { conflict, forbidden, invalid, notFound, type FieldIssue } from '../../domain/errors.js';
import { inForce, policiesOverlap, type FeePolicyRule } from '../../domain/fees/policy.js';
import { canAnywhere, type Actor } from '../../domain/org/roles.js';
import type { Reader, Trx } from '../../db/transaction.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext } from '../org/context.js';
import type {
  FeePolicy,
  FeePolicyList,
  PolicyBody,
  PolicyCorrectBody,
  PolicyEndBody,
} from '../../contracts/fees.js';

/** Fee policies are provincial law: only a province administrator edits (and lists) them. */
export function checkProvinceAdmin(actor: Actor): void {
  if (!canAnywhere(actor, 'fees.manage')) {
    throw forbidden('Chỉ quản trị cấp tỉnh mới quản lý chính sách phí, lệ phí.');
  }
}

const columns = [
  'id',
  'name',
  'legal_basis',
  sql<string>`effective_from::text`.as('effective_from'),
  sql<string | null>`effective_to::text`.as('effective_to'),
  'effect',
  'percent',
  'channels',
  'scope',
  'scope_values',
  'fee_kinds',
  'note',
  'version',
  'updated_at',
  'updated_by_name',
] as const;

type PolicyRow = Awaited<ReturnType<typeof selectPolicies>>[number];

function selectPolicies(db: Reader) {
  return db.selectFrom('fee_policies').select(columns).orderBy('effective_from').orderBy('id').execute();
}

export function ruleOf(r: PolicyRow): FeePolicyRule & { note: string | null } {
  return {
    id: r.id,
    name: r.name,
    legalBasis: r.legal_basis,
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to,
    effect: r.effect === 'exemption' ? { kind: 'exemption' } : { kind: 'reduction', percent: r.percent ?? 0 },
    channels: r.channels,
    scope: { kind: r.scope, values: r.scope_values },
    feeKinds: r.fee_kinds,
    note: r.note,
  };
}

/** Every policy as the computation needs it (a small table, read whole). */
export async function readPolicyRules(db: Reader): Promise<FeePolicyRule[]> {
  return (await selectPolicies(db)).map(ruleOf);
}

function viewOf(r: PolicyRow, today: string): FeePolicy {
  const rule = ruleOf(r);
  const state = r.effective_from > today ? 'planned' : inForce(rule, today) ? 'in_force' : 'ended';
  return {
    ...rule,
    channels: [...rule.channels],
    feeKinds: [...rule.feeKinds],
    scope: { kind: rule.scope.kind, values: [...rule.scope.values] },
    version: r.version,
    state,
    updatedAt: new Date(r.updated_at).toISOString(),
    updatedBy: r.updated_by_name,
  };
}

export async function listPolicies(
  db: Reader,
  actor: Actor,
  today = todayInVietnam(),
): Promise<FeePolicyList> {
  checkProvinceAdmin(actor);
  return { today, items: (await selectPolicies(db)).map((r) => viewOf(r, today)) };
}

const dayIssue = (field: string, text: string, issues: FieldIssue[]) => {
  if (findEpochDay(text) === undefined) issues.push({ field, message: 'Ngày không hợp lệ (YYYY-MM-DD).' });
};

/** The policy as entered, trimmed and checked on its own (not against the others, nor against today). */
function checked(input: PolicyBody, id: string): FeePolicyRule & { note: string | null } {
  const issues: FieldIssue[] = [];
  const name = input.name.trim().replace(/\s+/g, ' ');
  const legalBasis = input.legalBasis.trim().replace(/\s+/g, ' ');
  if (name.length < 3) issues.push({ field: 'name', message: 'Cần tên chính sách.' });
  if (legalBasis.length < 3)
    issues.push({ field: 'legalBasis', message: 'Cần căn cứ pháp lý (số văn bản).' });
  dayIssue('effectiveFrom', input.effectiveFrom, issues);
  if (input.effectiveTo !== null) {
    dayIssue('effectiveTo', input.effectiveTo, issues);
    if (input.effectiveTo < input.effectiveFrom) {
      issues.push({ field: 'effectiveTo', message: 'Ngày hết hiệu lực không được trước ngày có hiệu lực.' });
    }
  }
  const values = [...new Set(input.scope.values.map((v) => v.trim()).filter(Boolean))];
  if (input.scope.kind !== 'all' && values.length === 0) {
    issues.push({ field: 'scope.values', message: 'Cần chọn ít nhất một lĩnh vực, cấp hoặc thủ tục.' });
  }
  if (issues.length) throw invalid('VALIDATION_FAILED', 'Chính sách phí, lệ phí chưa hợp lệ.', issues);
  return {
    id,
    name,
    legalBasis,
    effectiveFrom: input.effectiveFrom,
    effectiveTo: input.effectiveTo,
    effect: input.effect,
    channels: input.channels,
    scope: { kind: input.scope.kind, values: input.scope.kind === 'all' ? [] : values },
    feeKinds: input.feeKinds,
    note: input.note?.trim() || null,
  };
}

async function checkNoOverlap(trx: Trx, policy: FeePolicyRule): Promise<void> {
  // Serialise edits, so that two overlapping policies cannot both pass this check.
  await sql`lock table fee_policies in share row exclusive mode`.execute(trx);
  const clash = (await readPolicyRules(trx)).find((p) => p.id !== policy.id && policiesOverlap(p, policy));
  if (clash) {
    const until = clash.effectiveTo ? ` đến ${clash.effectiveTo}` : '';
    throw invalid(
      'POLICY_OVERLAP',
      `Thời gian áp dụng trùng với chính sách "${clash.name}" (${clash.legalBasis}, từ ${clash.effectiveFrom}${until}) cùng phạm vi. Hãy kết thúc chính sách đó trước hoặc chọn ngày khác.`,
      [{ field: 'effectiveFrom', message: 'Trùng thời gian với một chính sách cùng phạm vi.' }],
    );
  }
}

function rowValues(p: FeePolicyRule & { note: string | null }, actor: Actor) {
  return {
    name: p.name,
    legal_basis: p.legalBasis,
    effective_from: p.effectiveFrom,
    effective_to: p.effectiveTo,
    effect: p.effect.kind,
    percent: p.effect.kind === 'reduction' ? p.effect.percent : null,
    channels: [...p.channels],
    scope: p.scope.kind,
    scope_values: [...p.scope.values],
    fee_kinds: [...p.feeKinds],
    note: p.note,
    updated_by: actor.id,
    updated_by_name: actor.fullName,
  };
}

async function readOne(db: Reader, id: string): Promise<PolicyRow> {
  const row = await db.selectFrom('fee_policies').select(columns).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('POLICY_NOT_FOUND', 'Không tìm thấy chính sách phí, lệ phí.');
  return row;
}

const pastMessage = 'Không thể sửa quá khứ: ';

export async function addPolicy(trx: Trx, ctx: ActingContext, input: PolicyBody, today = todayInVietnam()) {
  checkProvinceAdmin(ctx.actor);
  const policy = checked(input, '');
  if (policy.effectiveFrom < today) {
    const message = `${pastMessage}ngày có hiệu lực phải từ hôm nay (${today}) trở đi.`;
    throw invalid('POLICY_IN_PAST', message, [{ field: 'effectiveFrom', message }]);
  }
  await checkNoOverlap(trx, policy);
  const { id } = await trx
    .insertInto('fee_policies')
    .values({ ...rowValues(policy, ctx.actor), created_by: ctx.actor.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(trx, ctx, {
    action: 'fee_policy.add',
    entity: 'fee_policy',
    entityId: id,
    extra: { ...input },
  });
  return viewOf(await readOne(trx, id), today);
}

async function lockedForChange(trx: Trx, ctx: ActingContext, id: string, expectedVersion: number) {
  checkProvinceAdmin(ctx.actor);
  const row = await readOne(trx, id);
  if (row.version !== expectedVersion) {
    throw conflict('VERSION_CONFLICT', 'Chính sách đã được sửa sau lần bạn tải trang; vui lòng tải lại.', {
      currentVersion: row.version,
    });
  }
  return row;
}

async function save(
  trx: Trx,
  ctx: ActingContext,
  before: PolicyRow,
  after: FeePolicyRule & { note: string | null },
  action: string,
  today: string,
) {
  await checkNoOverlap(trx, after);
  await trx
    .updateTable('fee_policies')
    .set({ ...rowValues(after, ctx.actor), version: before.version + 1, updated_at: new Date() })
    .where('id', '=', before.id)
    .execute();
  await writeAudit(trx, ctx, {
    action,
    entity: 'fee_policy',
    entityId: before.id,
    extra: { version: before.version + 1, before: ruleOf(before), after },
  });
  return viewOf(await readOne(trx, before.id), today);
}

const checkEnd = (effectiveTo: string | null, today: string) => {
  if (effectiveTo !== null && effectiveTo < today) {
    const message = `${pastMessage}ngày hết hiệu lực phải từ hôm nay (${today}) trở đi.`;
    throw invalid('POLICY_IN_PAST', message, [{ field: 'effectiveTo', message }]);
  }
};

/** Sets the policy's last day (today or later; a policy already ended stays as it was). */
export async function endPolicy(
  trx: Trx,
  ctx: ActingContext,
  id: string,
  input: PolicyEndBody,
  today = todayInVietnam(),
) {
  const before = await lockedForChange(trx, ctx, id, input.expectedVersion);
  const rule = ruleOf(before);
  checkEnd(before.effective_to, today);
  checkEnd(input.effectiveTo, today);
  const after = checked(
    {
      ...rule,
      channels: [...rule.channels],
      feeKinds: [...rule.feeKinds],
      scope: { kind: rule.scope.kind, values: [...rule.scope.values] },
      effectiveTo: input.effectiveTo,
    },
    id,
  );
  return save(trx, ctx, before, after, 'fee_policy.end', today);
}

/**
 * Corrects a policy: a planned one wholly (its start from today on); one that has started only in its wording and
 * its end (from today on) — what it did on days gone by stays as it was.
 */
export async function correctPolicy(
  trx: Trx,
  ctx: ActingContext,
  id: string,
  input: PolicyCorrectBody,
  today = todayInVietnam(),
) {
  const before = await lockedForChange(trx, ctx, id, input.expectedVersion);
  const { expectedVersion: _v, ...body } = input;
  const after = checked(body, id);
  const was = ruleOf(before);
  if (was.effectiveFrom > today) {
    if (after.effectiveFrom < today) {
      const message = `${pastMessage}ngày có hiệu lực phải từ hôm nay (${today}) trở đi.`;
      throw invalid('POLICY_IN_PAST', message, [{ field: 'effectiveFrom', message }]);
    }
  } else {
    const same = (a: FeePolicyRule) =>
      JSON.stringify([
        a.effectiveFrom,
        a.effect,
        [...a.channels].sort(),
        a.scope.kind,
        [...a.scope.values].sort(),
        [...a.feeKinds].sort(),
      ]);
    if (same(after) !== same(was)) {
      const message = `${pastMessage}chính sách đã có hiệu lực; chỉ sửa được tên, căn cứ, ghi chú và ngày hết hiệu lực. Hãy kết thúc chính sách và thêm chính sách mới.`;
      throw invalid('POLICY_STARTED', message, [{ field: 'effect', message }]);
    }
    if (after.effectiveTo !== was.effectiveTo) {
      checkEnd(was.effectiveTo, today);
      checkEnd(after.effectiveTo, today);
    }
  }
  return save(trx, ctx, before, after, 'fee_policy.correct', today);
}

/**
 * Administrators' edits of one procedure: create it (version 1), or revise it (a new version effective from a date,
 * with optimistic concurrency on the version the edit started from).
 */
import { isCatalogueDate, todayInVietnam } from '../../domain/catalogue/dates.js';
import type { ProcedureRecord } from '../../domain/catalogue/record.js';
import { checkRecord } from '../../domain/catalogue/validate.js';
import { conflict, forbidden, invalid, type FieldIssue } from '../../domain/errors.js';
import { canAnywhere, type Actor } from '../../domain/org/roles.js';
import type { EditResult } from '../../contracts/catalogue.js';
import { bumpCatalogueRevision, procedureNotFound, type Trx } from './versions.js';
import { ensureFields, insertVersions, writeCatalogueAudit } from './write.js';

export interface EditContext {
  actor: Actor;
  requestId?: string | null;
}

interface EditInput {
  record: ProcedureRecord;
  effectiveFrom: string;
  note: string | null;
  baseVersion: number | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks an edit body {record, effectiveFrom?, note?, baseVersion?}; all problems at once. */
function parseEdit(body: unknown, opts: { needsBase: boolean; code?: string }): EditInput {
  const issues: FieldIssue[] = [];
  const b = isObject(body) ? body : {};
  if (!isObject(body)) issues.push({ field: 'body', message: 'Nội dung gửi lên phải là một đối tượng JSON' });
  const checked = checkRecord(b.record, 'record');
  if (!checked.ok) issues.push(...checked.issues);
  if (checked.ok && opts.code !== undefined && checked.value.code !== opts.code) {
    issues.push({ field: 'record.code', message: `Không được đổi mã thủ tục (đang sửa ${opts.code})` });
  }
  const { effectiveFrom, note, baseVersion } = b;
  if (effectiveFrom !== undefined && (typeof effectiveFrom !== 'string' || !isCatalogueDate(effectiveFrom))) {
    issues.push({ field: 'effectiveFrom', message: 'Ngày hiệu lực phải là ngày dạng YYYY-MM-DD' });
  }
  if (note !== undefined && note !== null && (typeof note !== 'string' || note.length > 2000)) {
    issues.push({ field: 'note', message: 'Ghi chú phải là chuỗi ký tự, tối đa 2000 ký tự' });
  }
  if (opts.needsBase && !(Number.isInteger(baseVersion) && (baseVersion as number) >= 1)) {
    issues.push({
      field: 'baseVersion',
      message: 'Thiếu số phiên bản đang sửa (baseVersion, số nguyên ≥ 1)',
    });
  }
  if (issues.length > 0 || !checked.ok) {
    throw invalid('RECORD_INVALID', `Thủ tục chưa hợp lệ (${issues.length} lỗi).`, issues);
  }
  return {
    record: checked.value,
    effectiveFrom: typeof effectiveFrom === 'string' ? effectiveFrom : todayInVietnam(),
    note: typeof note === 'string' && note.trim() !== '' ? note.trim() : null,
    baseVersion: typeof baseVersion === 'number' ? baseVersion : undefined,
  };
}

function requireManage(actor: Actor) {
  if (!canAnywhere(actor, 'catalogue.manage'))
    throw forbidden('Bạn không có quyền quản lý danh mục thủ tục.');
}

/** Creates a procedure from a record: version 1, effective from the given date (default today). */
export async function createProcedure(trx: Trx, ctx: EditContext, body: unknown): Promise<EditResult> {
  requireManage(ctx.actor);
  const input = parseEdit(body, { needsBase: false });
  await bumpCatalogueRevision(trx);
  const { record } = input;
  const exists = await trx
    .selectFrom('procedures')
    .select('id')
    .where('code', '=', record.code)
    .executeTakeFirst();
  if (exists) {
    throw conflict('PROCEDURE_EXISTS', `Thủ tục mã ${record.code} đã có trong danh mục; hãy sửa thủ tục đó.`);
  }
  const fieldsCreated = await ensureFields(trx, [record.field]);
  const { id: procedureId } = await trx
    .insertInto('procedures')
    .values({ code: record.code, field_code: record.field.code })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ids = await insertVersions(trx, ctx, [
    { procedureId, no: 1, effectiveFrom: input.effectiveFrom, record, note: input.note },
  ]);
  const version = { id: ids.get(procedureId)!, no: 1, effectiveFrom: input.effectiveFrom };
  await writeCatalogueAudit(trx, ctx, [
    {
      action: 'procedure.create',
      entity: 'procedure',
      entityId: record.code,
      data: { versionId: version.id, versionNo: 1, effectiveFrom: version.effectiveFrom, fieldsCreated },
    },
  ]);
  return { code: record.code, version, fieldsCreated };
}

/**
 * Revises a procedure: inserts a new version effective from the given date (default today). `baseVersion` must be
 * the latest version number, or someone else edited meanwhile: 409 VERSION_CONFLICT.
 */
export async function reviseProcedure(
  trx: Trx,
  ctx: EditContext,
  code: string,
  body: unknown,
): Promise<EditResult> {
  requireManage(ctx.actor);
  const input = parseEdit(body, { needsBase: true, code });
  await bumpCatalogueRevision(trx);
  const current = await trx
    .selectFrom('procedures')
    .select(['id', 'latest_version_no'])
    .where('code', '=', code)
    .forUpdate()
    .executeTakeFirst();
  if (!current) throw procedureNotFound(code);
  if (current.latest_version_no !== input.baseVersion) {
    throw conflict(
      'VERSION_CONFLICT',
      `Thủ tục ${code} đã được cập nhật lên phiên bản ${current.latest_version_no} trong lúc bạn sửa ` +
        `(bạn sửa từ phiên bản ${input.baseVersion}). Vui lòng tải lại và sửa lại.`,
      { currentVersion: current.latest_version_no },
    );
  }
  const fieldsCreated = await ensureFields(trx, [input.record.field]);
  const no = current.latest_version_no + 1;
  const ids = await insertVersions(trx, ctx, [
    {
      procedureId: current.id,
      no,
      effectiveFrom: input.effectiveFrom,
      record: input.record,
      note: input.note,
    },
  ]);
  const version = { id: ids.get(current.id)!, no, effectiveFrom: input.effectiveFrom };
  await writeCatalogueAudit(trx, ctx, [
    {
      action: 'procedure.revise',
      entity: 'procedure',
      entityId: code,
      data: { versionId: version.id, versionNo: no, effectiveFrom: version.effectiveFrom, fieldsCreated },
    },
  ]);
  return { code, version, fieldsCreated };
}

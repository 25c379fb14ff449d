/**
 * Mẫu 07, the tracking register of a unit (sổ theo dõi hồ sơ) for a range of dates, as an A4 PDF.
 */
import { sql } from 'kysely';
import { renderRegister, timelinessOf } from '../../adapters/pdf/forms/register.js';
import { statusLabels } from '../../domain/dossier/lifecycle.js';
import { maySee } from '../../domain/dossier/permissions.js';
import { forbidden, invalid, notFound } from '../../domain/errors.js';
import type { Actor } from '../../domain/org/roles.js';
import type { Reader } from '../../db/transaction.js';
import { formAgency, type RenderedForm } from './forms.js';

/** The longest range a register covers, and the most dossiers it lists. */
export const REGISTER_MAX_DAYS = 366;
export const REGISTER_MAX_ROWS = 5000;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
function checkDay(value: string, field: 'from' | 'to'): number {
  const ms = Date.parse(`${value}T00:00:00+07:00`);
  if (
    !DAY.test(value) ||
    Number.isNaN(ms) ||
    new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10) !== value
  ) {
    const message = 'Ngày không hợp lệ (dạng YYYY-MM-DD).';
    throw invalid('VALIDATION_FAILED', message, [{ field, message }]);
  }
  return ms;
}

/**
 * Mẫu 07, the tracking register of a unit: every dossier it received (or that was submitted to it) between two
 * local dates, both included, at most a year. Staff of the unit (or above it, by their role's scope) only.
 */
export async function renderUnitRegister(
  db: Reader,
  actor: Actor,
  agencyId: string,
  range: { from: string; to: string },
  opts: { now?: Date } = {},
): Promise<RenderedForm> {
  const start = checkDay(range.from, 'from');
  const endDay = checkDay(range.to, 'to');
  if (endDay < start) {
    const message = 'Ngày kết thúc phải sau ngày bắt đầu.';
    throw invalid('VALIDATION_FAILED', message, [{ field: 'to', message }]);
  }
  if ((endDay - start) / 86_400_000 + 1 > REGISTER_MAX_DAYS) {
    const message = 'Sổ theo dõi in tối đa một năm.';
    throw invalid('VALIDATION_FAILED', message, [{ field: 'to', message }]);
  }
  const unit = await db
    .selectFrom('units')
    .select(['id', 'path', 'agency_id', 'name'])
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  if (!unit) throw notFound('UNIT_NOT_FOUND', `Không tìm thấy đơn vị có mã "${agencyId.slice(0, 40)}".`);
  if (!maySee(actor, [unit.path]))
    throw forbidden('Bạn không có quyền xem sổ theo dõi hồ sơ của đơn vị này.');
  const end = endDay + 86_400_000;
  const opened = sql<Date>`coalesce(d.received_at, d.submitted_at)`;
  const rows = await db
    .selectFrom('dossiers as d')
    .innerJoin('persons as p', 'p.id', 'd.applicant_id')
    .select([
      'd.code',
      'd.status',
      'd.procedure_name',
      'd.received_at',
      'd.submitted_at',
      'd.due_at',
      'd.finished_at',
      'p.full_name',
      'p.phone',
    ])
    .where('d.receiving_unit_id', '=', unit.id)
    .where(opened, '>=', new Date(start))
    .where(opened, '<', new Date(end))
    .orderBy(opened)
    .orderBy('d.code')
    .limit(REGISTER_MAX_ROWS + 1)
    .execute();
  if (rows.length > REGISTER_MAX_ROWS) {
    const message = `Khoảng thời gian có hơn ${REGISTER_MAX_ROWS} hồ sơ; hãy chọn khoảng ngắn hơn.`;
    throw invalid('REGISTER_TOO_LARGE', message, [{ field: 'to', message }]);
  }
  const now = opts.now ?? new Date();
  const uncounted = ['submitted', 'refused', 'withdrawn', 'stopped'];
  const agency = await formAgency(db, unit.id);
  const pdf = await renderRegister({
    agency,
    from: range.from,
    to: range.to,
    printedAt: now.toISOString(),
    rows: rows.map((r) => {
      const dueAt = r.due_at?.toISOString() ?? null;
      const finishedAt = r.finished_at?.toISOString() ?? null;
      return {
        code: r.code,
        applicantName: r.full_name,
        applicantPhone: r.phone,
        procedureName: r.procedure_name,
        receivedAt: (r.received_at ?? r.submitted_at).toISOString(),
        dueAt,
        finishedAt,
        statusLabel: statusLabels[r.status],
        timeliness: timelinessOf(
          {
            dueAt,
            finishedAt: r.status === 'returned' ? finishedAt : null,
            counted: !uncounted.includes(r.status),
          },
          now.getTime(),
        ),
      };
    }),
  });
  const stem = `so-theo-doi-ho-so-${unit.agency_id}-${range.from}-${range.to}`;
  return {
    pdf,
    fileName: `${stem}.pdf`,
    title: `Sổ theo dõi hồ sơ ${unit.agency_id} từ ${range.from} đến ${range.to}.pdf`,
  };
}

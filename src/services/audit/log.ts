/**
 * The administrators' view of the audit log (GET /api/admin/audit and its export): filters by staff member,
 * person (phone or ID number), dossier code, action and period, newest first. Who sees what: a role holding
 * `audit.read` (unit administrator, leader) sees the rows of its unit's subtree — rows about a unit there, or written
 * by a staff member working there —, a province-level holder (a root unit) every row. Reading the log for a person
 * and exporting it are reads of personal data, recorded themselves (auditRead).
 */
import { sql } from 'kysely';
import { forbidden, invalid } from '../../domain/errors.js';
import { readActions } from '../../domain/audit/purposes.js';
import type { AuditEntryView } from '../../domain/audit/view.js';
import { roleGrants, type Actor } from '../../domain/org/roles.js';
import { normaliseNationalPhone } from '../../domain/contact/contact.js';
import type { ActingContext } from '../org/context.js';
import type { Reader } from '../../db/transaction.js';
import { auditRead } from './read.js';

export interface AuditFilter {
  staff?: string;
  person?: string;
  dossierCode?: string;
  action?: string;
  from?: string;
  to?: string;
}

export type AuditRow = AuditEntryView;

function base(db: Reader) {
  return db
    .selectFrom('audit_log as a')
    .leftJoin('units as u', 'u.id', 'a.unit_id')
    .leftJoin('persons as p', 'p.id', 'a.subject_person_id');
}
type Query = ReturnType<typeof base>;

/** The units whose subtree the actor may audit; undefined: everything (a province-level holder). */
export function auditScope(actor: Actor): string[] | undefined {
  const holders = actor.roles.filter(
    (r) =>
      (roleGrants[r.role].permissions as readonly string[]).includes('audit.read') &&
      roleGrants[r.role].scope === 'subtree',
  );
  if (holders.length === 0) throw forbidden();
  if (holders.some((r) => r.unitPath.length === 1)) return undefined;
  return holders.map((r) => r.unitId);
}

const day = /^\d{4}-\d{2}-\d{2}$/;
function dayStart(value: string, field: string): Date {
  const at = day.test(value) ? Date.parse(`${value}T00:00:00+07:00`) : NaN;
  if (Number.isNaN(at)) {
    const message = 'Ngày phải có dạng YYYY-MM-DD.';
    throw invalid('VALIDATION_FAILED', message, [{ field, message }]);
  }
  return new Date(at);
}

function filtered(db: Reader, actor: Actor, f: AuditFilter): Query {
  const scope = auditScope(actor);
  let q = base(db);
  if (scope) {
    const roots = sql`array[${sql.join(scope)}]::uuid[]`;
    q = q.where(
      sql<boolean>`(a.unit_id in (select s.id from units s where s.path && ${roots})
        or a.actor_id in (select st.id from staff st join units su on su.id = st.unit_id where su.path && ${roots}))`,
    );
  }
  if (f.staff) {
    const s = f.staff.trim();
    const like = `%${s.replace(/[\\%_]/g, '\\$&')}%`;
    q = q.where(
      sql<boolean>`(a.actor_id in (select id from staff where username = ${s.toLowerCase()}) or a.actor_name ilike ${like})`,
    );
  }
  if (f.person) q = q.where(personMatch(f.person));
  if (f.dossierCode) q = q.where('a.entity', '=', 'dossier').where('a.entity_id', '=', f.dossierCode.trim());
  if (f.action) {
    const action = f.action.trim();
    q = q.where((eb) => eb.or([eb('a.action', '=', action), eb('a.action', 'like', `${action}.%`)]));
  }
  if (f.from) q = q.where('a.at', '>=', dayStart(f.from, 'from'));
  if (f.to) q = q.where('a.at', '<', new Date(dayStart(f.to, 'to').getTime() + 86_400_000));
  return q;
}

function personMatch(raw: string) {
  const value = raw.replace(/[\s.]/g, '');
  if (/^[0-9]{12}$/.test(value)) {
    return sql<boolean>`a.subject_person_id in (select id from persons where id_number = ${value})`;
  }
  const phone = normaliseNationalPhone(value);
  if (!phone) {
    const message = 'Nhập số điện thoại hoặc số định danh cá nhân (12 chữ số).';
    throw invalid('VALIDATION_FAILED', message, [{ field: 'person', message }]);
  }
  return sql<boolean>`(a.subject_phone = ${phone}
    or a.subject_person_id in (select id from persons where phone = ${'+84' + phone.slice(1)}))`;
}

export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  return phone.length > 3 ? '*'.repeat(phone.length - 3) + phone.slice(-3) : phone;
}

async function rows(q: Query, limit: number, offset: number): Promise<AuditRow[]> {
  const found = await q
    .select([
      'a.id',
      'a.seq',
      'a.at',
      'a.actor_id',
      'a.actor_name',
      'a.unit_id',
      'u.name as unit_name',
      'a.action',
      'a.entity',
      'a.entity_id',
      'a.purpose',
      'p.full_name as subject_name',
      'a.subject_phone',
      'a.data',
      'a.hash',
    ])
    .orderBy('a.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return found.map((r) => ({
    id: Number(r.id),
    seq: r.seq === null ? null : Number(r.seq),
    at: new Date(r.at).toISOString(),
    actorId: r.actor_id,
    actorName: r.actor_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    purpose: r.purpose,
    subjectName: r.subject_name,
    subjectPhone: maskPhone(r.subject_phone),
    data: r.data,
    hash: r.hash,
  }));
}

export const AUDIT_PAGE_MAX = 200;
export const AUDIT_EXPORT_MAX = 50_000;

export async function listAudit(
  db: Reader,
  ctx: ActingContext,
  f: AuditFilter & { page?: number; pageSize?: number },
): Promise<{ total: number; page: number; pageSize: number; rows: AuditRow[] }> {
  const page = f.page ?? 1;
  const pageSize = Math.min(f.pageSize ?? 50, AUDIT_PAGE_MAX);
  const q = filtered(db, ctx.actor, f);
  const [count, list] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    rows(q, pageSize, (page - 1) * pageSize),
  ]);
  if (f.person) await recordReview(db, ctx, f, 'list');
  return { total: Number(count.n), page, pageSize, rows: list };
}

/** Every matching row (at most AUDIT_EXPORT_MAX, newest first) for the CSV export; the export is recorded. */
export async function exportAudit(db: Reader, ctx: ActingContext, f: AuditFilter): Promise<AuditRow[]> {
  const list = await rows(filtered(db, ctx.actor, f), AUDIT_EXPORT_MAX, 0);
  await recordReview(db, ctx, f, 'export');
  return list;
}

async function recordReview(db: Reader, ctx: ActingContext, f: AuditFilter, kind: 'list' | 'export') {
  const person = f.person?.replace(/[\s.]/g, '');
  await auditRead(db, ctx, {
    action: kind === 'export' ? readActions.auditExport : 'audit.read',
    purpose: 'audit_review',
    entity: 'audit_log',
    entityId: null,
    ...(person && !/^[0-9]{12}$/.test(person) ? { phone: person } : {}),
    extra: {
      filters: Object.keys(f).filter((k) => f[k as keyof AuditFilter] !== undefined && k !== 'person'),
      ...(person ? { byPerson: true } : {}),
    },
  });
}

/**
 * Security alerts for administrators: a burst of failed logins on an account (services/auth/login.ts writes them)
 * is shown to whoever manages that account's unit — the unit administrator for its subtree, the province
 * administrator everywhere — on the staff page, newest first, over the last days.
 */
import { sql } from 'kysely';
import type { Actor } from '../../domain/org/roles.js';
import type { Reader } from '../../db/transaction.js';
import { scopeOf } from '../org/staff-view.js';

export interface SecurityAlertView {
  id: string;
  kind: 'login_burst';
  username: string;
  fullName: string;
  unitName: string;
  failures: number;
  addresses: number;
  createdAt: string;
}

export async function listSecurityAlerts(
  db: Reader,
  actor: Actor,
  opts: { days?: number; now?: number } = {},
): Promise<{ items: SecurityAlertView[] }> {
  const scope = scopeOf(actor, 'staff.manage');
  if (scope.subtree.length + scope.single.length === 0) return { items: [] };
  const since = new Date((opts.now ?? Date.now()) - (opts.days ?? 7) * 86_400_000);
  const rows = await db
    .selectFrom('security_alerts as a')
    .innerJoin('staff as s', 's.id', 'a.staff_id')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .select([
      'a.id',
      'a.kind',
      'a.failures',
      'a.addresses',
      'a.created_at',
      's.username',
      's.full_name',
      'u.name as unit_name',
    ])
    .where('a.created_at', '>=', since)
    .where((eb) =>
      eb.or([
        ...(scope.subtree.length ? [sql<boolean>`u.path && ${sql.val(scope.subtree)}::uuid[]`] : []),
        ...(scope.single.length ? [eb('a.unit_id', 'in', scope.single)] : []),
      ]),
    )
    .orderBy('a.created_at', 'desc')
    .limit(50)
    .execute();
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      kind: r.kind,
      username: r.username,
      fullName: r.full_name,
      unitName: r.unit_name,
      failures: r.failures,
      addresses: r.addresses,
      createdAt: r.created_at.toISOString(),
    })),
  };
}

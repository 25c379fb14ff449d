/**
 * The demo dossiers (loaded with the demo data into the test templates): every status of the lifecycle, at the demo
 * units and the agencies they hand work to, received on earlier days than today, each stored status equal to its
 * folded log, some overdue, and the dossier README.md points to tracked through the public API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { testClientAddress } from '../../../test/auth.js';
import { todayInVietnam } from '../../domain/catalogue/dates.js';
import { foldActions, statuses, terminalStatuses } from '../../domain/dossier/lifecycle.js';
import { riskOf } from '../../domain/dossier/risk.js';
import { demoTrackingExample, DEMO_TRACKING_PHONE } from './dossiers.js';
import { localDate } from '../../domain/calendar/time-zone.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ demo: true });
});
afterAll(() => t.close());

const dossiers = () =>
  t.database.db
    .selectFrom('dossiers as d')
    .innerJoin('units as ru', 'ru.id', 'd.receiving_unit_id')
    .innerJoin('units as hu', 'hu.id', 'd.handling_unit_id')
    .select([
      'd.id',
      'd.code',
      'd.status',
      'd.version',
      'd.submitted_at',
      'd.due_at',
      'ru.agency_id as receiving',
      'hu.agency_id as handling',
    ])
    .orderBy('d.code')
    .execute();

describe('demo dossiers', () => {
  it('hold every status of the lifecycle, between 30 and 60 dossiers', async () => {
    const rows = await dossiers();
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows.length).toBeLessThanOrEqual(60);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(statuses));
  });

  it('each stored status and version is what folding its log gives', async () => {
    const log = await t.database.db
      .selectFrom('dossier_actions')
      .select(['dossier_id', 'seq', 'action', 'status_after'])
      .orderBy('dossier_id')
      .orderBy('seq')
      .execute();
    for (const d of await dossiers()) {
      const entries = log.filter((e) => e.dossier_id === d.id);
      expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
      const state = foldActions(entries.map((e) => ({ action: e.action })));
      expect(state?.status, d.code).toBe(d.status);
      expect(state?.version, d.code).toBe(d.version);
      expect(entries.at(-1)?.status_after, d.code).toBe(d.status);
    }
  });

  it('are at Đông Tiến, Đông Khê and the province centre, with the Land Registration Office and the Tax office', async () => {
    const rows = await dossiers();
    expect(new Set(rows.map((r) => r.receiving))).toEqual(
      new Set(['H56.10.01', 'H56.10.02', '000.00.01.H56']),
    );
    const handling = new Set(rows.map((r) => r.handling));
    expect(handling).toContain('000.00.21.H56');
    expect(handling).toContain('000.00.22.H56');
    // The Tax office sent work back: its specialist is in a log.
    const fromTax = await t.database.db
      .selectFrom('dossier_actions as a')
      .innerJoin('staff as s', 's.id', 'a.actor_id')
      .select('a.action')
      .where('s.username', '=', 'chuyenvien.thue')
      .execute();
    expect(fromTax.map((a) => a.action)).toContain('transfer_back');
  });

  it('were received on earlier days than today, so that the codes of today start at 0001', async () => {
    const today = todayInVietnam();
    const yymmdd = today.replace(/^..(..)-(..)-(..)$/, '$1$2$3');
    for (const d of await dossiers()) {
      expect(localDate('Asia/Ho_Chi_Minh', d.submitted_at.getTime()) < today, d.code).toBe(true);
      expect(d.code.split('-')[1]).not.toBe(yymmdd);
    }
  });

  it('include overdue dossiers and dossiers on track', async () => {
    const now = Date.now();
    const risks = (await dossiers()).map((d) =>
      riskOf(d.due_at?.getTime() ?? null, (terminalStatuses as readonly string[]).includes(d.status), now),
    );
    expect(risks).toContain('overdue');
    expect(risks.some((r) => r === 'due_soon' || r === 'on_track')).toBe(true);
    expect(risks).toContain('no_deadline');
  });

  it('include the birth registration README.md points to, tracked by its code and phone', async () => {
    const example = await demoTrackingExample(t.database.db);
    expect(example?.phone).toBe(DEMO_TRACKING_PHONE);
    const code = example!.code;
    // The first dossier of its day at Đông Tiến.
    expect(code).toMatch(/^H56\.10\.01-\d{6}-0001$/);
    for (const phone of [DEMO_TRACKING_PHONE, '5678']) {
      const res = await t.app.inject({
        url: `/api/track/${code}?phone=${encodeURIComponent(phone)}`,
        headers: { 'x-forwarded-for': testClientAddress() },
      });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json<{ status: string; procedure: { code: string }; history: { label: string }[] }>();
      expect(body.status).toBe('returned');
      expect(body.procedure.code).toBe('1.001193');
      expect(body.history.map((h) => h.label)[0]).toBe('Tiếp nhận');
      expect(body.history.at(-1)?.label).toBe('Trả kết quả');
    }
  });
});

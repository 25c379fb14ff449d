/**
 * The audit log read by administrators (GET /api/admin/audit, /export): who may read which rows, the filters, the
 * CSV; and the hash chain: `verifyAuditChain` finds a row changed and a row deleted by the tables' owner.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import { demoTrackingExample } from '../../services/demo-data/dossiers.js';
import { verifyAuditChain } from '../../services/audit/verify.js';

let t: TestApp;
let province: LoggedIn;
let dongtien: LoggedIn;
let dongkhe: LoggedIn;
let code: string;

interface Page {
  total: number;
  rows: { action: string; actorName: string | null; entityId: string | null; subjectPhone: string | null }[];
}

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  province = await loginAs(t.app, 'admin.tinh');
  dongtien = await loginAs(t.app, 'admin.dongtien');
  dongkhe = await loginAs(t.app, 'admin.dongkhe');
  code = (await demoTrackingExample(t.database.db))!.code;
  const officer = await loginAs(t.app, 'tiepnhan.dongtien');
  expect((await t.app.inject({ url: `/api/dossiers/${code}`, ...officer })).statusCode).toBe(200);
});
afterAll(() => t.close());

const audit = async (as: LoggedIn, query: string) => {
  const res = await t.app.inject({ url: `/api/admin/audit?${query}`, ...as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page>();
};

describe('GET /api/admin/audit', () => {
  it('401 without a session, 403 for a role without audit.read', async () => {
    expect((await t.app.inject({ url: '/api/admin/audit' })).statusCode).toBe(401);
    const officer = await loginAs(t.app, 'tiepnhan.dongtien');
    const res = await t.app.inject({ url: '/api/admin/audit', ...officer });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await t.app.inject({ url: '/api/admin/audit/export', ...officer })).statusCode).toBe(403);
  });

  it('finds the read of a dossier by the person (phone or part of the staff name) and by the dossier code', async () => {
    const byPhone = await audit(province, 'person=0912345678&action=dossier.read');
    expect(byPhone.rows.map((r) => r.entityId)).toContain(code);
    expect(byPhone.rows[0]!.subjectPhone).toBe('*******678');
    const byCode = await audit(province, `dossierCode=${code}&staff=tiepnhan.dongtien&action=dossier`);
    expect(byCode.rows.some((r) => r.action === 'dossier.read')).toBe(true);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const inPeriod = await audit(
      province,
      `dossierCode=${code}&action=dossier.read&from=${today}&to=${today}`,
    );
    expect(inPeriod.total).toBeGreaterThan(0);
    const before = await audit(province, `dossierCode=${code}&action=dossier.read&to=2020-01-01`);
    expect(before.total).toBe(0);
  });

  it("a unit administrator sees their unit's rows only; the province administrator every row", async () => {
    expect((await audit(dongtien, `dossierCode=${code}&action=dossier.read`)).total).toBeGreaterThan(0);
    expect((await audit(dongkhe, `dossierCode=${code}&action=dossier.read`)).total).toBe(0);
    const all = await audit(province, 'pageSize=200');
    const unit = await audit(dongtien, 'pageSize=200');
    expect(unit.total).toBeGreaterThan(0);
    expect(unit.total).toBeLessThan(all.total);
  });

  it('pages newest first, and refuses a bad person or day with 400', async () => {
    const first = await audit(province, 'pageSize=2&page=1');
    const second = await audit(province, 'pageSize=2&page=2');
    expect(first.rows).toHaveLength(2);
    expect(second.rows[0]).not.toEqual(first.rows[0]);
    const bad = await t.app.inject({ url: '/api/admin/audit?person=abc', ...province });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect((await t.app.inject({ url: '/api/admin/audit?from=07-12-2026', ...province })).statusCode).toBe(
      400,
    );
  });

  it('a search by person is itself recorded', async () => {
    await audit(dongtien, 'person=0912345678');
    const review = await audit(province, 'action=audit.read&staff=admin.dongtien');
    expect(review.total).toBeGreaterThan(0);
  });

  it('exports CSV, with a byte-order mark for Excel, and records the export', async () => {
    const csv = await t.app.inject({ url: `/api/admin/audit/export?dossierCode=${code}`, ...province });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toMatch(/^Số thứ tự,/);
    expect(lines.some((l) => l.includes(code) && l.includes('Xử lý hồ sơ'))).toBe(true);
    const excel = await t.app.inject({
      url: '/api/admin/audit/export?format=excel&action=dossier',
      ...province,
    });
    expect(excel.body.startsWith('\uFEFF')).toBe(true);
    expect((await audit(province, 'action=audit.export')).total).toBe(2);
  });
});

describe('the hash chain', () => {
  it('holds after the demo data and the reads above', async () => {
    const report = await verifyAuditChain(t.database.db, { pageSize: 50 });
    expect(report.ok).toBe(true);
    if (report.ok) expect(report.count).toBe(report.headSeq);
  });

  it('refuses any update but the sealing one, and seals rows written after the last seal in order', async () => {
    const db = t.database.db;
    await verifyAuditChain(db);
    await sql`insert into audit_log (action, entity) values ('test.one', 'test'), ('test.two', 'test')`.execute(
      db,
    );
    const pending = await sql<{ id: number; seq: number | null }>`select id, seq from audit_log
      where action like 'test.%' order by id`.execute(db);
    expect(pending.rows.map((r) => r.seq)).toEqual([null, null]);
    // Changing an unsealed row's content, or sealing it with a hash that is not its content's, is refused.
    await expect(
      sql`update audit_log set actor_name = 'x' where action = 'test.one'`.execute(db),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`update audit_log set seq = 999999, prev_hash = '', hash = 'forged' where action = 'test.one'`.execute(
        db,
      ),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where action = 'test.two'`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ ok: true, sealedNow: 2, unsealed: 0 });
    const sealed = await sql<{
      seq: number;
    }>`select seq from audit_log where action like 'test.%' order by id`.execute(db);
    if (report.ok)
      expect(sealed.rows.map((r) => Number(r.seq))).toEqual([report.headSeq - 1, report.headSeq]);
    // A sealed row is never sealed again.
    await expect(
      sql`update audit_log a set hash = audit_log_row_hash(a) where action = 'test.one'`.execute(db),
    ).rejects.toThrow(/append-only/);
  });

  it('finds a row changed by the tables owner, then a row deleted', async () => {
    const db = t.database.db;
    const { rows } = await sql<{
      seq: number;
    }>`select seq from audit_log order by seq limit 1 offset 9`.execute(db);
    const changed = rows[0]!.seq;
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(db);
    await sql`alter table audit_log disable trigger audit_log_no_delete`.execute(db);
    await sql`update audit_log set actor_name = 'Người khác' where seq = ${changed}`.execute(db);
    let report = await verifyAuditChain(db, { pageSize: 7 });
    expect(report).toMatchObject({ ok: false, problem: { seq: changed, kind: 'changed' } });

    // Recomputing the changed row's own hash does not hide it: the next row recorded the old one.
    await sql`update audit_log a set hash = audit_log_row_hash(a) where seq = ${changed}`.execute(db);
    report = await verifyAuditChain(db, { pageSize: 7 });
    expect(report).toMatchObject({ ok: false, problem: { seq: changed, kind: 'changed' } });

    await sql`delete from audit_log where seq = ${changed}`.execute(db);
    report = await verifyAuditChain(db, { pageSize: 7 });
    expect(report).toMatchObject({
      ok: false,
      count: changed - 1,
      problem: { seq: changed, kind: 'missing' },
    });
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(db);
    await sql`alter table audit_log enable trigger audit_log_no_delete`.execute(db);
  });
});

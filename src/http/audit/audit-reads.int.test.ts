/**
 * Staff reads of a person's data leave exactly one audit row each, naming the staff member, whose data it was and
 * the purpose; a refused read leaves none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import { staffIdOf } from '../../../test/demo-ids.js';
import { demoTrackingExample } from '../../services/demo-data/dossiers.js';

let t: TestApp;
let officer: LoggedIn;
let operator: LoggedIn;
let code: string;
let applicantId: string;

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  officer = await loginAs(t.app, 'tiepnhan.dongtien');
  operator = await loginAs(t.app, 'tongdai.dongtien');
  code = (await demoTrackingExample(t.database.db))!.code;
  applicantId = (
    await t.database.db
      .selectFrom('dossiers')
      .select('applicant_id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
  ).applicant_id;
});
afterAll(() => t.close());

const staffId = (username: string) => staffIdOf(t.database.db, username);

/** The audit rows written while `request` ran. */
async function rowsWritten(request: () => Promise<{ statusCode: number }>, status = 200) {
  const head = await t.database.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.coalesce(eb.fn.max('id'), eb.lit(0)).as('id'))
    .executeTakeFirstOrThrow();
  const res = await request();
  expect(res.statusCode).toBe(status);
  return t.database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('id', '>', Number(head.id))
    .orderBy('id')
    .execute();
}

/** The one audit row a GET of `url` in the given session writes (the read answers 200). */
async function onlyRowWritten(url: string, session: LoggedIn) {
  const rows = await rowsWritten(() => t.app.inject({ url, ...session }));
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe('reads of personal data are recorded', () => {
  it('the dossier page: one row naming the officer, the dossier, its applicant and the purpose', async () => {
    const row = await onlyRowWritten(`/api/dossiers/${code}`, officer);
    expect(row).toMatchObject({
      actor_id: await staffId('tiepnhan.dongtien'),
      action: 'dossier.read',
      entity: 'dossier',
      entity_id: code,
      purpose: 'dossier_handling',
      subject_person_id: applicantId,
      subject_phone: '0912345678',
    });
    expect(row.unit_id).not.toBeNull();
  });

  it('an official form of the dossier', async () => {
    const row = await onlyRowWritten(`/api/dossiers/${code}/forms/receipt.pdf`, officer);
    expect(row).toMatchObject({
      action: 'dossier.form.read',
      entity_id: code,
      purpose: 'official_form',
      subject_person_id: applicantId,
      data: { form: 'receipt' },
    });
  });

  it("the unit's tracking register", async () => {
    const row = await onlyRowWritten('/api/registers/H56.10.01.pdf?from=2026-01-01&to=2026-12-31', officer);
    expect(row).toMatchObject({
      action: 'register.read',
      entity: 'unit',
      entity_id: 'H56.10.01',
      purpose: 'register',
      actor_id: await staffId('tiepnhan.dongtien'),
    });
    expect(row.unit_id).not.toBeNull();
  });

  it("a citizen's notification preferences, by phone", async () => {
    const row = await onlyRowWritten('/api/notification-preferences?phone=0912%20345%20678', officer);
    expect(row).toMatchObject({
      action: 'notification_preferences.read',
      purpose: 'notification_preferences',
      subject_phone: '0912345678',
    });
  });

  it("the hotline's screen-pop names the caller's phone and the person found", async () => {
    const row = await onlyRowWritten('/api/hotline/screen-pop?phone=0912345678', operator);
    expect(row).toMatchObject({
      actor_id: await staffId('tongdai.dongtien'),
      action: 'hotline.screen_pop',
      purpose: 'hotline_call',
      subject_phone: '0912345678',
      subject_person_id: applicantId,
    });
  });

  it('the call log, searched by phone', async () => {
    const row = await onlyRowWritten('/api/hotline/calls?phone=0912345678', operator);
    expect(row).toMatchObject({
      action: 'hotline.calls.read',
      purpose: 'call_log',
      subject_phone: '0912345678',
    });
  });

  it('a refused read records nothing', async () => {
    const stranger = await loginAs(t.app, 'tiepnhan.dongkhe');
    const rows = await rowsWritten(() => t.app.inject({ url: `/api/dossiers/${code}`, ...stranger }), 403);
    expect(rows).toHaveLength(0);
  });
});

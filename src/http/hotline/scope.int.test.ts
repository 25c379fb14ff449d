/**
 * Least privilege at the hotline: the screen-pop of xã Đông Tiến's hotline lists the caller's dossiers received or
 * handled there (or at a unit below it) and only counts those of an unrelated commune (xã Đông Khê), with no code,
 * procedure or status; the same for earlier calls. A leader reads the call log and the callbacks but is refused
 * every work action and the screen-pop; the units they may read are listed for the chooser, one unit more when they
 * also lead another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import { staffIdOf } from '../../../test/demo-ids.js';
import type { CallView, HotlineUnitOption, ScreenPop } from '../../domain/hotline/views.js';
import { DEMO_TRACKING_PHONE } from '../../services/demo-data/dossiers-data.js';
import { after, DEMO_LINE, newCallId, postEvent } from './hotline-test-utils.js';

const OPERATOR = 'tongdai.dongtien';
const LEADER = 'lanhdao.dongtien';
const PHONE = '+84912345678';
const ELSEWHERE_CODE = 'H56.10.02-261204-9901';
const ELSEWHERE_PROCEDURE = 'Thủ tục nộp tại xã Đông Khê (thử)';
const BELOW_CODE = 'H56.10.02-261204-9902';
const BELOW_PROCEDURE = 'Thủ tục chuyển cho đơn vị trực thuộc xã Đông Tiến (thử)';

let t: TestApp;
const as: Record<string, LoggedIn> = {};
const unit: Record<'dongtien' | 'dongkhe' | 'below', string> = { dongtien: '', dongkhe: '', below: '' };
let ownCodes: string[] = [];
let dongKheCallId = '';
let dongTienCallId = '';

/** A copy of one of the caller's dossiers, received at `receiving` and handled at `handling`. */
async function copyDossier(code: string, name: string, receiving: string, handling: string) {
  const db = t.database.db;
  const source = await db
    .selectFrom('dossiers as d')
    .innerJoin('persons as p', 'p.id', 'd.applicant_id')
    .select('d.id')
    .where('p.phone', '=', PHONE)
    .executeTakeFirstOrThrow();
  await sql`
    insert into dossiers (code, procedure_version_id, procedure_code, procedure_name, case_name,
      receiving_unit_id, handling_unit_id, applicant_id, channel, status, state, version, submitted_at,
      received_at, due_at, clock, declaration)
    select ${code}, procedure_version_id, procedure_code, ${name}, case_name, ${receiving}::uuid,
      ${handling}::uuid, applicant_id, channel, status, state, version, submitted_at, received_at, due_at, clock,
      declaration
    from dossiers where id = ${source.id}`.execute(db);
}

async function ring(line: string, prefix: string): Promise<string> {
  const base = Date.now() - 60_000;
  const pbx = newCallId(prefix);
  await postEvent(t.app, { callId: pbx, event: 'ringing', at: after(base, 0), caller: PHONE, called: line });
  const res = await postEvent(t.app, { callId: pbx, event: 'hangup', at: after(base, 20) });
  return res.json<{ call: { id: string } }>().call.id;
}

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  const db = t.database.db;
  for (const u of [OPERATOR, LEADER]) as[u] = await loginAs(t.app, u);
  const units = await db
    .selectFrom('units')
    .select(['id', 'agency_id', 'path'])
    .where('agency_id', 'in', ['H56.10.01', 'H56.10.02'])
    .execute();
  const dongtien = units.find((u) => u.agency_id === 'H56.10.01')!;
  unit.dongtien = dongtien.id;
  unit.dongkhe = units.find((u) => u.agency_id === 'H56.10.02')!.id;
  // A unit below xã Đông Tiến (none in the demo data).
  const below = await sql<{ id: string }>`
    insert into units (parent_id, type, agency_id, name, path)
    values (${dongtien.id}::uuid, 'sector_agency', 'H56.10.01.99', 'Tổ một cửa thôn Thượng (thử)', '{}')
    returning id`.execute(db);
  unit.below = below.rows[0]!.id;
  await sql`update units set path = ${[...dongtien.path, unit.below]}::uuid[] where id = ${unit.below}::uuid`.execute(
    db,
  );
  ownCodes = (
    await db
      .selectFrom('dossiers as d')
      .innerJoin('persons as p', 'p.id', 'd.applicant_id')
      .select('d.code')
      .where('p.phone', '=', PHONE)
      .execute()
  ).map((d) => d.code);
  await copyDossier(ELSEWHERE_CODE, ELSEWHERE_PROCEDURE, unit.dongkhe, unit.dongkhe);
  await copyDossier(BELOW_CODE, BELOW_PROCEDURE, unit.dongkhe, unit.below);
  dongTienCallId = await ring(DEMO_LINE, 'own');
  dongKheCallId = await ring('0237 3899 002', 'other');
});
afterAll(() => t.close());

const req = (method: 'GET' | 'POST' | 'PUT', url: string, who: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method, url, headers: as[who]!.headers, ...(payload !== undefined ? { payload } : {}) });

describe("the screen-pop of a unit's hotline", () => {
  it("lists the caller's dossiers of the unit and below it, and only counts those of an unrelated unit", async () => {
    expect(ownCodes.length).toBeGreaterThan(0);
    const res = await req(
      'GET',
      `/api/hotline/screen-pop?phone=${encodeURIComponent(DEMO_TRACKING_PHONE)}`,
      OPERATOR,
    );
    expect(res.statusCode).toBe(200);
    const pop = res.json<ScreenPop>();
    const codes = pop.dossiers.map((d) => d.code);
    for (const code of ownCodes) expect(codes).toContain(code);
    // Received elsewhere, handled by a unit below Đông Tiến: in scope.
    expect(codes).toContain(BELOW_CODE);
    // Received and handled at Đông Khê: counted, and nothing else about it anywhere in the answer.
    expect(codes).not.toContain(ELSEWHERE_CODE);
    expect(res.body).not.toContain(ELSEWHERE_CODE);
    expect(res.body).not.toContain(ELSEWHERE_PROCEDURE);
    expect(pop.elsewhere.dossiers).toBe(1);
    // The same for earlier calls: the call to Đông Khê's hotline is counted, not shown.
    const calls = pop.calls.map((c) => c.id);
    expect(calls).toContain(dongTienCallId);
    expect(calls).not.toContain(dongKheCallId);
    expect(pop.elsewhere.calls).toBe(1);
    expect(pop.person?.fullName).toBeTruthy();
  });

  it("counts the unit's own dossiers as elsewhere for the hotline of the unrelated unit", async () => {
    const specialist = await loginAs(t.app, 'chuyenvien.dongkhe');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/hotline/screen-pop?phone=${encodeURIComponent(PHONE)}`,
      headers: specialist.headers,
    });
    expect(res.statusCode).toBe(200);
    const pop = res.json<ScreenPop>();
    expect(pop.dossiers.map((d) => d.code).sort()).toEqual([BELOW_CODE, ELSEWHERE_CODE].sort());
    expect(pop.elsewhere.dossiers).toBe(ownCodes.length);
    expect(pop.calls.map((c) => c.id)).toEqual([dongKheCallId]);
    // Đông Khê's specialist may not ask as Đông Tiến's hotline.
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/hotline/screen-pop?phone=${encodeURIComponent(PHONE)}&unitId=${unit.dongtien}`,
      headers: specialist.headers,
    });
    expect(other.statusCode).toBe(403);
  });
});

describe('a leader', () => {
  it('reads the call log and the callbacks, and is refused every work action and the screen-pop', async () => {
    const log = await req('GET', '/api/hotline/calls', LEADER);
    expect(log.statusCode).toBe(200);
    expect(log.json<CallView[]>().map((c) => c.id)).toContain(dongTienCallId);
    expect((await req('GET', '/api/hotline/callbacks', LEADER)).statusCode).toBe(200);
    expect((await req('GET', `/api/hotline/calls/${dongTienCallId}`, LEADER)).statusCode).toBe(200);
    const callback = await t.database.db
      .selectFrom('hotline_callbacks')
      .select('id')
      .where('call_id', '=', dongTienCallId)
      .executeTakeFirstOrThrow();
    const actions = [
      ['POST', `/api/hotline/calls/${dongTienCallId}/transfer`, { staffId: callback.id, fieldCode: 'HT' }],
      [
        'POST',
        `/api/hotline/calls/${dongTienCallId}/checklist`,
        { procedureCode: '1.001193', channel: 'sms' },
      ],
      ['POST', `/api/hotline/calls/${dongTienCallId}/outcome`, { outcome: 'guided' }],
      ['POST', `/api/hotline/callbacks/${callback.id}/done`, { note: 'x' }],
      ['PUT', '/api/hotline/presence', { presence: 'available' }],
    ] as const;
    for (const [method, url, payload] of actions)
      expect((await req(method, url, LEADER, payload)).statusCode, url).toBe(403);
    expect((await req('GET', `/api/hotline/screen-pop?phone=${PHONE}`, LEADER)).statusCode).toBe(403);
    expect((await req('GET', '/api/hotline/calls/mine', LEADER)).statusCode).toBe(403);
  });

  it('is offered the units whose hotline they may read, one more when they also lead another', async () => {
    const own = (await req('GET', '/api/hotline/units', LEADER)).json<HotlineUnitOption[]>();
    expect(own).toEqual([{ id: unit.dongtien, name: 'xã Đông Tiến', canWork: false }]);
    const operator = (await req('GET', '/api/hotline/units', OPERATOR)).json<HotlineUnitOption[]>();
    expect(operator).toEqual([{ id: unit.dongtien, name: 'xã Đông Tiến', canWork: true }]);
    const stats = `/api/hotline/stats?unitId=${unit.dongkhe}&from=2026-01-01&to=2026-12-31`;
    expect((await req('GET', stats, LEADER)).statusCode).toBe(403);
    const leaderId = await staffIdOf(t.database.db, LEADER);
    await t.database.db
      .insertInto('staff_roles')
      .values({ staff_id: leaderId, role: 'leader', unit_id: unit.dongkhe })
      .execute();
    const both = (await req('GET', '/api/hotline/units', LEADER)).json<HotlineUnitOption[]>();
    expect(both.map((u) => u.id).sort()).toEqual([unit.dongtien, unit.dongkhe].sort());
    expect(both.every((u) => !u.canWork)).toBe(true);
    expect((await req('GET', stats, LEADER)).statusCode).toBe(200);
    const log = await req('GET', `/api/hotline/calls?unitId=${unit.dongkhe}`, LEADER);
    expect(log.json<CallView[]>().map((c) => c.id)).toEqual([dongKheCallId]);
  });
});

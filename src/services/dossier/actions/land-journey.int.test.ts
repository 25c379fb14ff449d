/**
 * The seed's land journey on the services, with time under control: a transfer of ownership (1.013831, 18 working
 * days; workflow 1 + 8 days at the Land Registration Office, 5 at the Tax office, 3 + 1 back home) received at the
 * Land Registration Office, assigned automatically, sent to the Tax office (which sees it in its inbox with its own
 * due instant), sent back with the financial-obligation notice, approved and returned; the control slip lists
 * every hand-off with on-time / late per agency and names the Tax office when it overran; the statistics count
 * each dossier once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../../test/app.js';
import { loginAs } from '../../../../test/auth.js';
import type { Actor } from '../../../domain/org/roles.js';
import { getVersionInForce } from '../../catalogue/versions.js';
import type { ActionInput } from './inputs.js';
import { actOnCurrentVersion, actorOf } from '../sweeper-test-utils.js';
import { getControlSlip, latenessStatistics } from '../tasks/control-slip.js';
import { receiveDossier } from '../intake/intake.js';
import { listInbox } from '../queries.js';
import { listTasks } from '../tasks/tasks.js';
import { sampleNotice, sampleSlip } from '../../../domain/land-tax/test-fixtures.js';

const LAND = '1.013831';
const CASE = 'Chuyển nhượng, chuyển đổi, thừa kế, tặng cho, góp vốn';
const VPDK = '000.00.21.H56';
const THUE = '000.00.22.H56';
const at = (local: string) => Date.parse(`${local}+07:00`);

let t: TestApp;
const actors: Record<string, Actor> = {};

/** A staff member of the unit with one role (not a login: these tests call the services). */
async function addStaff(
  username: string,
  fullName: string,
  agencyId: string,
  role: 'leader' | 'specialist' | 'reception_officer',
) {
  const db = t.database.db;
  const unit = await db
    .selectFrom('units')
    .select('id')
    .where('agency_id', '=', agencyId)
    .executeTakeFirstOrThrow();
  const s = await db
    .insertInto('staff')
    .values({ username, full_name: fullName, unit_id: unit.id, password_hash: 'unused', field_codes: ['DD'] })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('staff_roles').values({ staff_id: s.id, role, unit_id: unit.id }).execute();
}

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  // A second specialist at the office, to see the automatic assignment choose.
  await addStaff('chuyenvien2.vpdk', 'Bùi Văn An', VPDK, 'specialist');
  for (const u of [
    'tiepnhan.vpdk',
    'lanhdao.vpdk',
    'chuyenvien.vpdk',
    'chuyenvien2.vpdk',
    'chuyenvien.thue',
    'lanhdao.thue',
    'tiepnhan.dongtien',
  ]) {
    actors[u] = await actorOf(t.database.db, u);
  }
});
afterAll(() => t.close());

const ctxOf = (u: string) => ({ actor: actors[u]!, requestId: 'test' });

async function receiveLand(now: number): Promise<string> {
  const db = t.database.db;
  const version = await getVersionInForce(db, LAND);
  const result = await db.transaction().execute((trx) =>
    receiveDossier(
      trx,
      ctxOf('tiepnhan.vpdk'),
      {
        procedureCode: LAND,
        applicant: { name: 'Nguyễn Văn Thành', phone: '0912345678', idNumber: '038090001234' },
        caseName: CASE,
        documents: version.record.documents.flatMap((d, index) =>
          d.case && d.case !== CASE ? [] : [{ index, originals: d.originals, copies: d.copies }],
        ),
      },
      { now },
    ),
  );
  expect(result.outcome).toBe('receipt');
  return result.dossier.code;
}

const act = (
  code: string,
  user: string,
  input: Omit<ActionInput, 'expectedVersion' | 'idempotencyKey'>,
  now: number,
) => actOnCurrentVersion(t.database.db, actors[user]!, code, input, now);

const dossierId = async (code: string) =>
  (await t.database.db.selectFrom('dossiers').select('id').where('code', '=', code).executeTakeFirstOrThrow())
    .id;

describe('the land journey through the Tax office', () => {
  let late: string;
  let onTime: string;

  it('assigns automatically the specialist with the fewest open tasks, ties by name', async () => {
    late = await receiveLand(at('2026-03-02T08:00:00'));
    onTime = await receiveLand(at('2026-03-02T08:30:00'));
    // Both specialists have no task: "Bùi Văn An" comes before "Mai Văn Đức".
    const first = await act(late, 'lanhdao.vpdk', { action: 'assign' }, at('2026-03-02T09:00:00'));
    expect(first.dossier.status).toBe('in_appraisal');
    const second = await act(onTime, 'lanhdao.vpdk', { action: 'assign' }, at('2026-03-02T09:05:00'));
    const assignees = await t.database.db
      .selectFrom('dossiers as d')
      .innerJoin('staff as s', 's.id', 'd.assignee_id')
      .select(['d.code', 's.username'])
      .where('d.code', 'in', [late, onTime])
      .execute();
    expect(Object.fromEntries(assignees.map((a) => [a.code, a.username]))).toEqual({
      [late]: 'chuyenvien2.vpdk',
      [onTime]: 'chuyenvien.vpdk',
    });
    expect(second.dossier.status).toBe('in_appraisal');
    // The first task of a desk receipt belongs to the office, opened when it was received, due after 9 days.
    const [task] = await listTasks(t.database.db, await dossierId(late));
    expect(task).toMatchObject({ kind: 'process', share_minutes: 9 * 8 * 60, closed_at: null });
    expect(task!.opened_at.toISOString()).toBe(new Date(at('2026-03-02T08:00:00')).toISOString());
  });

  it("sends it to the Tax office, whose inbox orders it by the Tax office's own due instant", async () => {
    const sent = await act(
      late,
      'chuyenvien2.vpdk',
      { action: 'transfer', toUnit: THUE, taxSlip: sampleSlip() },
      at('2026-03-04T08:00:00'),
    );
    expect(sent.dossier).toMatchObject({ status: 'transferred', handlingUnit: { agencyId: THUE } });
    await act(
      onTime,
      'chuyenvien.vpdk',
      { action: 'transfer', toUnit: THUE, taxSlip: sampleSlip() },
      at('2026-03-04T09:00:00'),
    );
    const log = await t.database.db
      .selectFrom('dossier_actions')
      .select(['data'])
      .where('dossier_id', '=', await dossierId(late))
      .where('action', '=', 'transfer')
      .executeTakeFirstOrThrow();
    // The office's step was due after 9 working days and ended early; the Tax office has 5 working days.
    expect(log.data).toMatchObject({ toUnit: THUE, outcome: 'early', shareMinutes: 5 * 8 * 60 });
    const taxDue = new Date(at('2026-03-11T08:00:00')).toISOString();
    expect(log.data.taskDue).toBe(taxDue);

    for (const user of ['chuyenvien.thue', 'lanhdao.thue']) {
      const inbox = await listInbox(t.database.db, actors[user]!, {}, at('2026-03-11T09:00:00'));
      const item = inbox.items.find((i) => i.code === late) as (typeof inbox.items)[number] & {
        taskDueAt: string;
      };
      expect(item, user).toBeDefined();
      expect(item.taskDueAt).toBe(taxDue);
      // Overdue for the Tax office although the dossier as a whole is due much later.
      expect(item.risk).toBe('overdue');
      expect(Date.parse(item.dueAt!)).toBeGreaterThan(at('2026-03-20T00:00:00'));
    }
    // The office no longer sees its own (closed) step as the due time: the overall due applies there.
    const home = await listInbox(t.database.db, actors['lanhdao.vpdk']!, {}, at('2026-03-11T09:00:00'));
    expect(home.items.find((i) => i.code === late)?.risk).toBe('on_track');
  });

  it('records the Tax notice late for one dossier and on time for the other, back at the office', async () => {
    const back = await act(
      late,
      'chuyenvien.thue',
      {
        action: 'transfer_back',
        note: 'Thông báo nộp thuế thu nhập cá nhân và lệ phí trước bạ',
        taxNotice: sampleNotice('2026-03-24', '2026-04-23'),
      },
      at('2026-03-24T08:00:00'),
    );
    expect(back.dossier).toMatchObject({ status: 'in_appraisal', handlingUnit: { agencyId: VPDK } });
    await act(
      onTime,
      'chuyenvien.thue',
      {
        action: 'transfer_back',
        note: 'Thông báo nghĩa vụ tài chính',
        taxNotice: sampleNotice('2026-03-10', '2026-04-09'),
      },
      at('2026-03-10T10:00:00'),
    );
    const entry = await t.database.db
      .selectFrom('dossier_actions')
      .select(['data', 'note'])
      .where('dossier_id', '=', await dossierId(late))
      .where('action', '=', 'transfer_back')
      .executeTakeFirstOrThrow();
    expect(entry.data).toMatchObject({
      outcome: 'late',
      stepDue: new Date(at('2026-03-11T08:00:00')).toISOString(),
      taxNotice: sampleNotice('2026-03-24', '2026-04-23'),
    });
    expect(entry.note).toContain('Thông báo nộp thuế');
  });

  it('is approved and returned; the slip lists every hand-off and names the Tax office that overran', async () => {
    const finish = async (code: string, day: string) => {
      await act(
        code,
        code === late ? 'chuyenvien2.vpdk' : 'chuyenvien.vpdk',
        { action: 'appraise' },
        at(`${day}T09:00:00`),
      );
      await act(code, 'lanhdao.vpdk', { action: 'approve' }, at(`${day}T10:00:00`));
      await act(code, 'lanhdao.vpdk', { action: 'record_result' }, at(`${day}T14:00:00`));
      await act(code, 'tiepnhan.vpdk', { action: 'return_result' }, at(`${day}T15:00:00`));
    };
    await finish(late, '2026-03-27');
    await finish(onTime, '2026-03-13');

    const slip = await getControlSlip(t.database.db, actors['lanhdao.vpdk']!, late);
    expect(slip.rows.map((r) => r.step)).toEqual([
      'Tiếp nhận hồ sơ',
      'Phân công xử lý',
      'Chuyển liên thông',
      'Trả kết quả liên thông',
      'Thẩm định, trình phê duyệt',
      'Phê duyệt',
      'Chuyển kết quả về bộ phận trả kết quả',
      'Trả kết quả cho người nộp',
    ]);
    const row = (step: string) => slip.rows.find((r) => r.step === step)!;
    expect(row('Chuyển liên thông')).toMatchObject({
      outcome: 'early',
      handedBy: { name: 'Bùi Văn An' },
      receivedBy: { unit: 'Thuế cơ sở 3 tỉnh Thanh Hóa' },
    });
    expect(row('Trả kết quả liên thông')).toMatchObject({
      outcome: 'late',
      handedBy: { name: 'Vũ Thị Ngọc', unit: 'Thuế cơ sở 3 tỉnh Thanh Hóa' },
      receivedBy: { unit: 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Đông Sơn' },
    });
    expect(row('Tiếp nhận hồ sơ')).toMatchObject({
      handedBy: { name: 'Nguyễn Văn Thành' },
      receivedBy: { name: 'Ngô Thị Bình' },
    });
    expect(row('Phân công xử lý').receivedBy.name).toBe('Bùi Văn An');
    // The office's last stretch (3 + 1 days from 24/3) was met; the dossier as a whole is late.
    expect(row('Trả kết quả cho người nộp').outcome).not.toBe('late');
    expect(Date.parse(slip.dueAt!)).toBeLessThan(at('2026-03-27T15:00:00'));
    expect(slip.agencies).toEqual([
      expect.objectContaining({ agencyId: VPDK, shareHours: 13 * 8, late: false }),
      expect.objectContaining({ agencyId: THUE, shareHours: 5 * 8, late: true }),
    ]);
    expect(slip.agencies[1]!.heldHours).toBe(14 * 8);
    expect(slip.lateAgency).toEqual({ agencyId: THUE, unit: 'Thuế cơ sở 3 tỉnh Thanh Hóa' });

    const fine = await getControlSlip(t.database.db, actors['lanhdao.vpdk']!, onTime);
    expect(fine.lateAgency).toBeNull();
    expect(fine.agencies.every((a) => !a.late)).toBe(true);
    expect(fine.rows.find((r) => r.step === 'Trả kết quả liên thông')?.outcome).toBe('early');
    // The Tax office, which held a task, may read the slip; a commune's officer may not.
    await expect(getControlSlip(t.database.db, actors['chuyenvien.thue']!, late)).resolves.toBeDefined();
    await expect(getControlSlip(t.database.db, actors['tiepnhan.dongtien']!, late)).rejects.toMatchObject({
      kind: 'forbidden',
    });
    const tasks = await listTasks(t.database.db, await dossierId(late));
    expect(tasks.every((task) => task.closed_at !== null)).toBe(true);
  });

  it('counts each finished dossier once in the statistics, the late one against the Tax office', async () => {
    const stats = await latenessStatistics(t.database.db, {
      from: new Date(at('2026-03-01T00:00:00')),
      to: new Date(at('2026-04-01T00:00:00')),
    });
    expect(stats).toMatchObject({ finished: 2, onTime: 1, late: 1 });
    expect(stats.byAgency).toEqual([{ agencyId: THUE, unit: 'Thuế cơ sở 3 tỉnh Thanh Hóa', late: 1 }]);
  });

  it("serves the statistics of the actor's units over HTTP (401, 400 naming the field)", async () => {
    const url = '/api/dossiers/lateness?from=2026-03-01&to=2026-03-31';
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const leader = await loginAs(t.app, 'lanhdao.vpdk');
    const res = await t.app.inject({ method: 'GET', url, ...leader });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      finished: 2,
      onTime: 1,
      late: 1,
      byAgency: [{ agencyId: THUE, unit: 'Thuế cơ sở 3 tỉnh Thanh Hóa', late: 1 }],
    });
    // A commune received none of them.
    const commune = await loginAs(t.app, 'lanhdao.dongtien');
    const none = await t.app.inject({ method: 'GET', url, ...commune });
    expect(none.json()).toMatchObject({ finished: 0, late: 0 });
    const backwards = await t.app.inject({
      method: 'GET',
      url: '/api/dossiers/lateness?from=2026-03-31&to=2026-03-01',
      ...leader,
    });
    expect(backwards.statusCode).toBe(400);
    expect(
      backwards.json<{ error: { fields: { field: string }[] } }>().error.fields.map((f) => f.field),
    ).toEqual(['to']);
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/dossiers/lateness?to=2026-03-01',
      ...leader,
    });
    expect(missing.statusCode).toBe(400);
    expect(JSON.stringify(missing.json())).toContain('from');
  });
});

describe("the office's own task follows the legal clock", () => {
  it('restarts with the clock after a supplement, and gains the extension', async () => {
    const code = await receiveLand(at('2026-03-02T10:00:00'));
    await act(
      code,
      'lanhdao.vpdk',
      { action: 'assign', assigneeId: actors['chuyenvien.vpdk']!.id },
      at('2026-03-02T10:30:00'),
    );
    const taskDue = async () => {
      const open = (await listTasks(t.database.db, await dossierId(code))).filter(
        (x) => x.closed_at === null,
      );
      expect(open).toHaveLength(1);
      expect(open[0]!.assignee_id).toBe(actors['chuyenvien.vpdk']!.id);
      return open[0]!.due_at!.toISOString();
    };
    await act(
      code,
      'chuyenvien.vpdk',
      { action: 'request_supplement', note: 'Thiếu bản vẽ' },
      at('2026-03-03T08:00:00'),
    );
    await act(
      code,
      'tiepnhan.vpdk',
      { action: 'receive_supplement', note: 'Công dân nộp bản vẽ' },
      at('2026-03-05T08:00:00'),
    );
    // 1.013831 restarts its clock: 9 working days again from 5/3 08:00.
    expect(await taskDue()).toBe(new Date(at('2026-03-18T08:00:00')).toISOString());
    const extended = await act(
      code,
      'lanhdao.vpdk',
      { action: 'extend', note: 'Cần xác minh thêm', newDue: '2026-04-02T08:00:00+07:00' },
      at('2026-03-06T08:00:00'),
    );
    expect(extended.dossier.dueAt).toBe(new Date(at('2026-04-02T08:00:00')).toISOString());
    // The overall due moved by two working days (31/3 → 2/4): so does the office's task.
    expect(await taskDue()).toBe(new Date(at('2026-03-20T08:00:00')).toISOString());
  });
});

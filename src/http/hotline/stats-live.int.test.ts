/**
 * The hotline dashboard's first-visit success (a call linked to the caller's next dossier; "came once" when it
 * had no supplement request or refusal), and the consoles' live stream.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { useLogins } from '../../../test/auth.js';
import { staffIdOf } from '../../../test/demo-ids.js';
import { openEventStream } from '../../../test/event-stream.js';
import type { HotlineStats } from '../../domain/hotline/views.js';
import { DEMO_TRACKING_PHONE } from '../../services/demo-data/dossiers-data.js';
import { normalisePhone } from '../../domain/contact/contact.js';
import { after, DEMO_LINE, newCallId, postEvent } from './hotline-test-utils.js';

const t = useTestApp();
const as = useLogins(t, ['tongdai.dongtien', 'chuyenvien.dongtien', 'lanhdao.dongtien']);

const localDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(d);

describe('first-visit success', () => {
  it('links a call to the next dossier of the same phone and counts it once, by field and specialist', async () => {
    const rows = await sql<{ phone: string; submitted_at: Date; failed: boolean }>`
      select distinct on (p.phone) p.phone, d.submitted_at,
        exists (select 1 from dossier_actions a where a.dossier_id = d.id
          and a.action in ('request_supplement', 'refuse')) as failed
      from dossiers d join persons p on p.id = d.applicant_id join units u on u.id = d.receiving_unit_id
      where u.agency_id = 'H56.10.01' and p.phone is not null and p.phone <> ${normalisePhone(DEMO_TRACKING_PHONE)}
      order by p.phone, d.submitted_at`.execute(t.database.db);
    const good = rows.rows.find((r) => !r.failed)!;
    const bad = rows.rows.find((r) => r.failed)!;
    expect(good && bad).toBeTruthy();
    const from = localDay(
      new Date(Math.min(good.submitted_at.getTime(), bad.submitted_at.getTime()) - 3_600_000),
    );
    const url = `/api/hotline/stats?from=${from}&to=${localDay(new Date())}`;
    const before = (
      await t.app.inject({ method: 'GET', url, ...as['lanhdao.dongtien'] })
    ).json<HotlineStats>();

    const specialistId = await staffIdOf(t.database.db, 'chuyenvien.dongtien');
    for (const r of [good, bad]) {
      const callId = newCallId('fv');
      const t0 = r.submitted_at.getTime() - 3_600_000;
      await postEvent(t.app, {
        callId,
        event: 'ringing',
        at: after(t0, 0),
        caller: r.phone,
        called: DEMO_LINE,
      });
      const answered = await postEvent(t.app, {
        callId,
        event: 'answered',
        at: after(t0, 5),
        extension: '200',
      });
      const id = answered.json<{ call: { id: string } }>().call.id;
      const routed = await t.app.inject({
        method: 'POST',
        url: `/api/hotline/calls/${id}/transfer`,
        headers: as['tongdai.dongtien']!.headers,
        payload: { staffId: specialistId, fieldCode: 'HT' },
      });
      expect(routed.statusCode, routed.body).toBe(200);
      await postEvent(t.app, { callId, event: 'hangup', at: after(t0, 200), durationSeconds: 200 });
    }
    const res = await t.app.inject({ method: 'GET', url, ...as['lanhdao.dongtien'] });
    expect(res.statusCode, res.body).toBe(200);
    const stats = res.json<HotlineStats>();
    expect(stats.calls).toBe(before.calls + 2);
    expect(stats.answered).toBe(before.answered + 2);
    expect(stats.firstVisit.callers.dossiers).toBe(before.firstVisit.callers.dossiers + 2);
    expect(stats.firstVisit.callers.cameOnce).toBe(before.firstVisit.callers.cameOnce + 1);
    expect(stats.firstVisit.nonCallers.dossiers).toBe(before.firstVisit.nonCallers.dossiers - 2);
    const ht = stats.firstVisit.byField.find((f) => f.fieldCode === 'HT')!;
    expect(ht.fieldName).toBe('Hộ tịch');
    const mine = stats.firstVisit.bySpecialist.find((s) => s.staffId === specialistId)!;
    expect(mine).toMatchObject({ fullName: 'Hoàng Văn Minh' });
    expect(mine.dossiers).toBeGreaterThanOrEqual(2);
    expect(stats.answerRate).toBeGreaterThan(0);
    expect(stats.perDay.reduce((n, d) => n + d.calls, 0)).toBe(stats.calls);
    const wrong = await t.app.inject({
      method: 'GET',
      url: '/api/hotline/stats?from=2026-02-01&to=2026-01-01',
      ...as['lanhdao.dongtien'],
    });
    expect(wrong.statusCode).toBe(400);
  });
});

describe('the live stream', () => {
  it('sends call and presence frames of the unit to a signed-in console', async () => {
    const { res, text, readUntil, close } = await openEventStream(t.app, `/api/hotline/live`, {
      cookie: as['tongdai.dongtien']!.headers.cookie,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    await readUntil(': connected');
    const callId = newCallId('live');
    const ringing = await postEvent(t.app, {
      callId,
      event: 'ringing',
      at: new Date().toISOString(),
      caller: '0912 000 999',
      called: DEMO_LINE,
    });
    const reference = ringing.json<{ call: { reference: string } }>().call.reference;
    await readUntil(`"reference":"${reference}"`);
    expect(text()).toMatch(/event: call\ndata: \{[^\n]*"status":"ringing"/);
    await t.app.inject({
      method: 'PUT',
      url: '/api/hotline/presence',
      headers: as['chuyenvien.dongtien']!.headers,
      payload: { presence: 'away' },
    });
    await readUntil('"presence":"away"');
    expect(text()).toContain('event: presence');
    await close();
  });
});

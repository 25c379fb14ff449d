/**
 * "Hồ sơ của tôi": the dossiers whose applicant has the signed-in phone, every status, newest first, paged; what
 * waits for the citizen; another citizen's dossiers never listed; the read audited.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import type { CitizenDossierList } from '../../contracts/citizen.js';
import { DEMO_TRACKING_PHONE } from '../../services/demo-data/dossiers-data.js';
import { getAs, signInCitizen } from './citizen-test-utils.js';

const t = useTestApp();

/** Another demo applicant (a birth registration at Đông Tiến missing a paper: a supplement is asked). */
const OTHER_PHONE = '0357 880 142';

async function list(headers: Record<string, string>, query = '') {
  const res = await getAs(t, `/api/citizen/dossiers${query}`, headers);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CitizenDossierList>();
}

/** The codes of the dossiers whose applicant has this phone, straight from the tables. */
async function codesOf(phone: string): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('dossiers as d')
    .innerJoin('persons as p', 'p.id', 'd.applicant_id')
    .select('d.code')
    .where('p.phone', '=', '+84' + phone.replace(/\s/g, '').slice(1))
    .execute();
  return rows.map((r) => r.code).sort();
}

describe('Hồ sơ của tôi', () => {
  it("lists the citizen's dossiers, newest first, with the procedure, dates and status", async () => {
    const headers = await signInCitizen(t, DEMO_TRACKING_PHONE);
    const mine = await list(headers);
    const expected = await codesOf(DEMO_TRACKING_PHONE);
    expect(expected.length).toBeGreaterThan(0);
    expect(mine.total).toBe(expected.length);
    expect(mine.items.map((i) => i.code).sort()).toEqual(expected);
    const times = mine.items.map((i) => i.submittedAt);
    expect([...times].sort().reverse()).toEqual(times);
    const birth = mine.items.find((i) => i.procedure.name.includes('khai sinh'))!;
    expect(birth).toMatchObject({ status: 'returned', statusKey: 'done', statusLabel: 'Đã trả kết quả' });
    expect(birth.needsMe).toBe(false);
  });

  it("never lists another citizen's dossiers, and says what waits for the citizen", async () => {
    const mine = await codesOf(DEMO_TRACKING_PHONE);
    const other = await list(await signInCitizen(t, OTHER_PHONE));
    expect(other.items.length).toBeGreaterThan(0);
    expect(other.items.map((i) => i.code).sort()).toEqual(await codesOf(OTHER_PHONE));
    for (const item of other.items) expect(mine).not.toContain(item.code);
    const waiting = other.items.find((i) => i.status === 'supplement_requested')!;
    expect(waiting).toMatchObject({ needsMe: true, waitingFor: 'Bổ sung giấy tờ theo yêu cầu' });
  });

  it('lists nothing for a phone no applicant has, and /me then knows only the phone', async () => {
    const headers = await signInCitizen(t, '0398 765 432');
    expect(await list(headers)).toEqual({ items: [], total: 0 });
    const me = await getAs(t, '/api/citizen/me', headers);
    expect(me.json()).toEqual({ phone: '0398765432', verifiedBy: ['phone'] });
  });

  it('pages within bounds', async () => {
    const headers = await signInCitizen(t, DEMO_TRACKING_PHONE);
    const all = await list(headers);
    const second = await list(headers, '?page=2&pageSize=1');
    expect(second.total).toBe(all.total);
    expect(second.items.map((i) => i.code)).toEqual(all.items.slice(1, 2).map((i) => i.code));
    expect(await list(headers, '?page=999&pageSize=50')).toEqual({ items: [], total: all.total });
    for (const q of ['?pageSize=0', '?pageSize=51', '?page=0', '?page=abc', '?page=1001', '?sort=x']) {
      const res = await getAs(t, `/api/citizen/dossiers${q}`, headers);
      expect(res.statusCode, q).toBe(400);
      expect(res.json<{ error: { code: string } }>().error.code).toBeTruthy();
    }
  });

  it('audits the read of the list', async () => {
    const headers = await signInCitizen(t, OTHER_PHONE);
    const shown = await list(headers);
    const row = await t.database.db
      .selectFrom('audit_log')
      .select(['purpose', 'subject_phone', 'data'])
      .where('action', '=', 'citizen.dossiers.read')
      .where('subject_phone', '=', '0357880142')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.purpose).toBe('citizen_self_service');
    expect(row.data).toMatchObject({ codes: shown.items.map((i) => i.code) });
  });
});

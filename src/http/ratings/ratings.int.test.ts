/**
 * Ratings through HTTP: the link in the result SMS, one rating and its one change, the refusals (forged or expired
 * link, not yet returned, a third rating, unknown reasons), "Không hài lòng" → the leader's follow-up → the answer by
 * SMS; who may read and answer follow-ups.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { useLogins } from '../../../test/auth.js';
import { inTransaction } from '../../db/transaction.js';
import type { FollowUp, FollowUpList, RatingAnswer, RatingView } from '../../contracts/ratings.js';
import { rateByToken } from '../../services/ratings/ratings.js';
import { ratingToken } from '../../services/ratings/token.js';
import { birth, key } from '../dossier/dossier-test-utils.js';

const t = useTestApp();
const as = useLogins(t, [
  'tiepnhan.dongtien',
  'chuyenvien.dongtien',
  'lanhdao.dongtien',
  'lanhdao.thue',
  'admin.dongkhe',
]);
/** The test app's session secret (loadConfig's development value: NODE_ENV=test sets none). */
const SECRET = 'motcua-development-secret-do-not-use-in-production';
const DAY = 86_400_000;

const errorOf = (res: { json: <T>() => T }) => res.json<{ error: { code: string; message: string } }>().error;

/** Receives a birth registration at Đông Tiến and walks it to `last` (inclusive); returns its code. */
async function dossierUpTo(last: string): Promise<string> {
  const received = await t.app.inject({
    method: 'POST',
    url: '/api/dossiers',
    ...as['tiepnhan.dongtien'],
    payload: birth(),
  });
  expect(received.statusCode, received.body).toBe(201);
  const code = received.json<{ dossier: { code: string } }>().dossier.code;
  const steps: [string, string][] = [
    ['lanhdao.dongtien', 'assign'],
    ['chuyenvien.dongtien', 'appraise'],
    ['lanhdao.dongtien', 'approve'],
    ['chuyenvien.dongtien', 'record_result'],
    ['tiepnhan.dongtien', 'notify_result'],
    ['tiepnhan.dongtien', 'return_result'],
  ];
  let version = 1;
  for (const [user, action] of steps.slice(0, steps.findIndex(([, a]) => a === last) + 1)) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${code}/actions`,
      ...as[user],
      payload: { action, expectedVersion: version, idempotencyKey: key(), note: 'Đủ điều kiện' },
    });
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    version = res.json<{ dossier: { version: number } }>().dossier.version;
  }
  return code;
}

/** The rating link of the result SMS of the dossier (as the citizen receives it). */
async function linkOfResultSms(code: string): Promise<string> {
  const sms = await t.database.db
    .selectFrom('notifications as n')
    .innerJoin('dossiers as d', 'd.id', 'n.dossier_id')
    .select('n.body')
    .where('d.code', '=', code)
    .where('n.event', '=', 'result_returned')
    .executeTakeFirstOrThrow();
  expect(sms.body).toMatch(/^Ho so .* da tra ket qua\. Cam on ong\/ba\. Moi danh gia muc do hai long: http/);
  return /\/danh-gia\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(sms.body)![1]!;
}

const rate = (token: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/ratings/${token}`, payload });

describe('rating from the result SMS', () => {
  it('rates once, changes once, then refuses; the link shows the rating', async () => {
    const code = await dossierUpTo('return_result');
    const token = await linkOfResultSms(code);
    const view = await t.app.inject({ url: `/api/ratings/${token}` });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json<RatingView>()).toMatchObject({
      dossier: {
        code,
        procedure: { code: '1.001193', name: expect.stringContaining('khai sinh') as string },
      },
      rated: false,
      canRate: true,
    });
    expect(view.body).not.toMatch(/Lê Thị Hoa|0912345678|038195012345/);

    const first = await rate(token, {
      level: 'satisfied',
      reasons: ['fast', 'one_visit'],
      comment: 'Cảm ơn.',
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json<RatingAnswer>()).toMatchObject({
      rated: true,
      created: true,
      rating: { level: 'satisfied', reasons: ['fast', 'one_visit'], comment: 'Cảm ơn.' },
    });
    const changed = await rate(token, { level: 'very_satisfied' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<RatingAnswer>()).toMatchObject({
      created: false,
      rating: { level: 'very_satisfied' },
    });
    const third = await rate(token, { level: 'satisfied' });
    expect(third.statusCode).toBe(409);
    expect(errorOf(third)).toMatchObject({
      code: 'ALREADY_RATED',
      message: expect.stringMatching(/một lần/) as string,
    });
    const stored = await t.database.db
      .selectFrom('dossier_ratings as r')
      .innerJoin('dossiers as d', 'd.id', 'r.dossier_id')
      .innerJoin('staff as s', 's.id', 'r.officer_id')
      .select(['r.level', 's.username', 'r.source'])
      .where('d.code', '=', code)
      .execute();
    expect(stored).toEqual([{ level: 'very_satisfied', username: 'tiepnhan.dongtien', source: 'link' }]);
  });

  it('is offered on the tracking page (the receipt’s QR code) once the result is returned, to the phone’s holder', async () => {
    const track = (code: string) =>
      t.app.inject({
        url: `/api/track/${encodeURIComponent(code)}?phone=${encodeURIComponent('0912345678')}`,
      });
    const pending = await dossierUpTo('notify_result');
    expect((await track(pending)).json<{ ratingPath?: string }>().ratingPath).toBeUndefined();
    const returned = await dossierUpTo('return_result');
    const { ratingPath } = (await track(returned)).json<{ ratingPath?: string }>();
    expect(ratingPath).toBe(`/danh-gia/${ratingToken(SECRET, returned)}`);
    const view = await t.app.inject({ url: `/api${ratingPath!.replace('/danh-gia/', '/ratings/')}` });
    expect(view.json<RatingView>()).toMatchObject({ dossier: { code: returned }, canRate: true });
  });

  it('takes one rating when two arrive at once', async () => {
    const code = await dossierUpTo('return_result');
    const token = ratingToken(SECRET, code);
    const answers = await Promise.all([1, 2, 3].map(() => rate(token, { level: 'satisfied' })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 201, 409]);
  });

  it('refuses a forged link, an expired one and a dossier not yet returned', async () => {
    const code = await dossierUpTo('notify_result');
    for (const forged of [
      ratingToken('another-secret-of-enough-length-for-hmac', code),
      'bm90LWEtY29kZQ.AAAAAAAAAAAAAAAAAAAAAA',
      'x',
    ]) {
      const res = await t.app.inject({ url: `/api/ratings/${forged}` });
      expect(res.statusCode, forged).toBe(404);
      expect(errorOf(res).message).toMatch(/Liên kết đánh giá không đúng/);
      expect((await rate(forged, { level: 'satisfied' })).statusCode).toBe(404);
    }
    const early = await rate(ratingToken(SECRET, code), { level: 'satisfied' });
    expect(early.statusCode).toBe(409);
    expect(errorOf(early)).toMatchObject({
      code: 'NOT_RETURNED',
      message: expect.stringMatching(/chưa được trả/) as string,
    });

    const returned = await dossierUpTo('return_result');
    const expired = inTransaction(t.database.db, (trx) =>
      rateByToken(
        trx,
        SECRET,
        ratingToken(SECRET, returned),
        { level: 'satisfied' },
        {
          now: Date.now() + 31 * DAY,
          requestId: 'test',
        },
      ),
    );
    await expect(expired).rejects.toMatchObject({ code: 'RATING_LINK_NOT_FOUND' });
  });

  it('refuses reasons of another level, an unknown level and a long comment with 400', async () => {
    const token = ratingToken(SECRET, await dossierUpTo('return_result'));
    const wrong = await rate(token, { level: 'satisfied', reasons: ['attitude'] });
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong).message).toMatch(/attitude/);
    expect((await rate(token, { level: 'great' })).statusCode).toBe(400);
    expect((await rate(token, { level: 'satisfied', comment: 'x'.repeat(1001) })).statusCode).toBe(400);
    expect((await t.app.inject({ url: `/api/ratings/${token}` })).json<RatingView>().rated).toBe(false);
  });
});

describe('"Không hài lòng" and its follow-up', () => {
  it('opens a follow-up the leader answers once; the citizen gets the answer by SMS and on the page', async () => {
    const code = await dossierUpTo('return_result');
    const token = await linkOfResultSms(code);
    const rated = await rate(token, {
      level: 'not_satisfied',
      reasons: ['many_visits'],
      comment: 'Đi ba lần.',
    });
    expect(rated.statusCode, rated.body).toBe(201);
    const due = rated.json<RatingAnswer>().followUp!.dueAt;
    // Five working days: at least a week of calendar days minus the weekend, never less than five days.
    expect(new Date(due).getTime() - Date.now()).toBeGreaterThan(4 * DAY);

    const list = await t.app.inject({ url: '/api/rating-follow-ups?open=true', ...as['lanhdao.dongtien'] });
    expect(list.statusCode, list.body).toBe(200);
    const mine = list.json<FollowUpList>().items.find((f) => f.dossier.code === code)!;
    expect(mine).toMatchObject({
      level: 'not_satisfied',
      reasons: ['many_visits'],
      comment: 'Đi ba lần.',
      dossier: { applicantName: 'Lê Thị Hoa' },
      officerName: expect.any(String) as string,
      answer: null,
      overdue: false,
    });
    expect(list.json<FollowUpList>().open).toBeGreaterThanOrEqual(1);

    const answer = 'Đơn vị xin lỗi ông/bà và đã nhắc nhở cán bộ hướng dẫn đầy đủ ngay lần đầu.';
    const url = `/api/rating-follow-ups/${code}/answer`;
    const answered = await t.app.inject({
      method: 'POST',
      url,
      ...as['lanhdao.dongtien'],
      payload: { answer },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json<FollowUp>()).toMatchObject({ answer, answeredBy: 'Lê Văn Quang' });
    const again = await t.app.inject({ method: 'POST', url, ...as['lanhdao.dongtien'], payload: { answer } });
    expect(again.statusCode).toBe(409);

    const sms = await t.database.db
      .selectFrom('notifications')
      .select('body')
      .where('dedupe_key', '=', `rating-answer:${code}`)
      .executeTakeFirstOrThrow();
    expect(sms.body).toMatch(
      /^Ho so H56\S+: .*Dong Tien da tra loi y kien khong hai long cua ong\/ba\. Xem tra loi: http.*\/danh-gia\//,
    );
    const page = (await t.app.inject({ url: `/api/ratings/${token}` })).json<RatingView>();
    expect(page.followUp).toMatchObject({ answer, answeredAt: expect.any(String) as string });
  });

  it('lets only the leaders of the unit or above read and answer', async () => {
    const code = await dossierUpTo('return_result');
    await rate(ratingToken(SECRET, code), { level: 'not_satisfied' });
    expect((await t.app.inject({ url: '/api/rating-follow-ups' })).statusCode).toBe(401);
    for (const user of ['tiepnhan.dongtien', 'admin.dongkhe']) {
      const res = await t.app.inject({ url: '/api/rating-follow-ups', ...as[user] });
      expect(res.statusCode, user).toBe(403);
    }
    const other = await t.app.inject({ url: '/api/rating-follow-ups', ...as['lanhdao.thue'] });
    expect(other.statusCode).toBe(200);
    expect(other.json<FollowUpList>().items.map((f) => f.dossier.code)).not.toContain(code);
    const answer = { answer: 'Một câu trả lời đủ dài.' };
    const url = `/api/rating-follow-ups/${code}/answer`;
    const foreign = await t.app.inject({ method: 'POST', url, ...as['lanhdao.thue'], payload: answer });
    expect(foreign.statusCode).toBe(404);
    const officer = await t.app.inject({ method: 'POST', url, ...as['tiepnhan.dongtien'], payload: answer });
    expect(officer.statusCode).toBe(403);
    const short = await t.app.inject({
      method: 'POST',
      url,
      ...as['lanhdao.dongtien'],
      payload: { answer: 'Ok' },
    });
    expect(short.statusCode).toBe(400);
  });
});

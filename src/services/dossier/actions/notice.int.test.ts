/**
 * The citizen's notice of a supplement request taken on a dossier already received: when no paper of the checklist
 * is missing (the specialist needs something the checklist does not name), the message says what the officer wrote
 * instead of an empty list; when papers are missing, it lists them.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import { useReceptionOfficer } from '../../../../test/acting.js';
import { applyAction } from './apply.js';
import { receiveDossier } from '../intake/intake.js';

const { t, officer } = useReceptionOfficer();
afterAll(() => {
  vi.useRealTimers();
});

// Tuesday 8 December 2026, 10:00 in Vietnam (not a same-day day, outside quiet hours); notices go by the clock.
const TEN = Date.parse('2026-12-08T03:00:00Z');
const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

async function requestSupplement(phone: string, note: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TEN);
  const db = t.database.db;
  const received = await db.transaction().execute((trx) =>
    receiveDossier(
      trx,
      officer.acting,
      {
        procedureCode: '1.001193',
        applicant: { name: `Người Thử Bổ Sung ${phone}`, phone },
        documents: [0, 1, 2, 3].map((index) => ({ index, originals: 1, copies: 0 })),
        notApplicable: [4, 5, 6, 7],
      },
      { now: TEN },
    ),
  );
  const code = received.dossier.code;
  await db
    .transaction()
    .execute((trx) =>
      applyAction(
        trx,
        officer.acting,
        code,
        { action: 'request_supplement', expectedVersion: 1, idempotencyKey: randomUUID(), note },
        { now: TEN + 60_000 },
      ),
    );
  return db
    .selectFrom('notifications as n')
    .innerJoin('dossiers as d', 'd.id', 'n.dossier_id')
    .select(['n.event', 'n.body'])
    .where('d.code', '=', code)
    .where('n.event', '=', 'supplement_requested')
    .execute();
}

describe('the notice of a supplement request on a received dossier', () => {
  it('says what the officer asked for when no paper of the checklist is missing', async () => {
    const note = 'Bổ sung bản sao sổ hộ khẩu trước năm 2023';
    const notices = await requestSupplement('0913200001', note);
    expect(notices).toHaveLength(1);
    expect(plain(notices[0]!.body)).toContain(plain(note));
    expect(notices[0]!.body).not.toMatch(/:\s*\./);
  });
});

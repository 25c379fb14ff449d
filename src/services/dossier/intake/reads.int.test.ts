/**
 * A receipt reads the unit's calendar rows on every request: what the process keeps (the calendar composed from
 * them) never hides a change made in between, whoever made it — an added day off, then its removal.
 */
import { describe, expect, it } from 'vitest';
import { useReceptionOfficer } from '../../../../test/acting.js';
import { receiveDossier } from './intake.js';

const { t, officer } = useReceptionOfficer();

// Monday 7 December 2026, 09:00 in Vietnam.
const NOW = Date.parse('2026-12-07T02:00:00Z');
let n = 0;
const receipt = async () => {
  n += 1;
  const r = await t.database.db.transaction().execute((trx) =>
    receiveDossier(
      trx,
      officer.acting,
      {
        procedureCode: '1.001193',
        applicant: { name: `Người Thử Lịch ${n}`, phone: `09100000${String(n).padStart(2, '0')}` },
        documents: [0, 1, 2, 3].map((index) => ({ index, originals: 1, copies: 0 })),
        notApplicable: [4, 5, 6, 7],
      },
      { now: NOW },
    ),
  );
  expect(r.outcome).toBe('receipt');
  return r.dossier.dueAt!;
};
const localDay = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);

describe('intake reads the calendar on every receipt', () => {
  it('moves the due date when the unit adds a day off, and back when it is removed', async () => {
    const before = await receipt();
    expect(await receipt()).toBe(before);
    const { db } = t.database;
    await db
      .insertInto('unit_calendars')
      .values({
        unit_id: officer.unitId,
        days_off: JSON.stringify([{ date: localDay(before), reason: 'Nghỉ thử' }]),
        workdays: JSON.stringify([]),
      })
      .execute();
    const moved = await receipt();
    expect(Date.parse(moved)).toBeGreaterThan(Date.parse(before));
    expect(localDay(moved)).not.toBe(localDay(before));
    await db.deleteFrom('unit_calendars').where('unit_id', '=', officer.unitId).execute();
    expect(await receipt()).toBe(before);
  });

  it('starts a same-day receipt as soon as the unit makes Monday a same-day day, and stops when it is undone', async () => {
    const { db } = t.database;
    await db.deleteFrom('unit_day_modes').where('unit_id', '=', officer.unitId).execute();
    const usual = await receipt();
    await db
      .insertInto('unit_day_modes')
      .values({ unit_id: officer.unitId, mode: 'same_day', weekdays: [1] })
      .execute();
    const sameDay = await receipt();
    await db.deleteFrom('unit_day_modes').where('unit_id', '=', officer.unitId).execute();
    const after = await receipt();
    // Birth registration is same-day eligible: due at the close of the Monday itself.
    expect(localDay(sameDay)).toBe('2026-12-07');
    expect(Date.parse(sameDay)).toBeLessThanOrEqual(Date.parse(usual));
    expect(after).toBe(usual);
  });
});

/**
 * Ticket numbers under concurrency: 200 tickets issued at once in one field get 1…200 exactly (unique and
 * gap-free), a rolled-back issue gives its number back, an appointment is checked in once, and the days and fields
 * are numbered apart. Runs on PGlite and on PostgreSQL (MOTCUA_TEST_DB=postgres).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openTestDatabase } from '../../../test/db.js';
import type { DatabaseHandle } from '../../db/connection.js';
import { issueTicket } from './tickets.js';

let h: DatabaseHandle;
let unitId: string;
const NOW = Date.parse('2026-12-07T08:00:00+07:00');

beforeAll(async () => {
  h = await openTestDatabase({ demo: true });
  unitId = (
    await h.db.selectFrom('units').select('id').where('agency_id', '=', 'H56.10.01').executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => h.close());

describe('issueTicket', () => {
  it('gives 200 parallel issues unique, gap-free numbers', async () => {
    const issued = await Promise.all(
      Array.from({ length: 200 }, () =>
        issueTicket(h.db, { unitId, fieldCode: 'HT', source: 'kiosk', now: NOW }),
      ),
    );
    const seqs = issued.map((t) => t.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(new Set(issued.map((t) => t.number)).size).toBe(200);
    expect(issued.find((t) => t.seq === 12)?.number).toBe('HT-012');
    expect(issued[0]).toMatchObject({
      fieldCode: 'HT',
      fieldName: 'Hộ tịch',
      day: '2026-12-07',
      source: 'kiosk',
    });
  });

  it('numbers fields and days apart; a rolled-back issue gives its number back', async () => {
    const ct = await issueTicket(h.db, { unitId, fieldCode: 'ct', source: 'reception', now: NOW });
    expect(ct.number).toBe('CT-001');
    const nextDay = await issueTicket(h.db, {
      unitId,
      fieldCode: 'HT',
      source: 'kiosk',
      now: NOW + 86_400_000,
    });
    expect(nextDay.number).toBe('HT-001');
    await expect(
      h.db.transaction().execute(async (trx) => {
        await issueTicket(trx, { unitId, fieldCode: 'CT', source: 'reception', now: NOW });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const after = await issueTicket(h.db, { unitId, fieldCode: 'CT', source: 'reception', now: NOW });
    expect(after.number).toBe('CT-002');
  });

  it('checks an appointment in once, as a priority ticket, inside the caller’s transaction', async () => {
    const appointmentId = randomUUID();
    const first = await h.db.transaction().execute((trx) =>
      issueTicket(trx, {
        unitId,
        fieldCode: 'DD',
        source: 'appointment',
        priority: true,
        appointmentId,
        now: NOW,
      }),
    );
    const again = await issueTicket(h.db, {
      unitId,
      fieldCode: 'DD',
      source: 'appointment',
      appointmentId,
      now: NOW,
    });
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ number: 'DD-001', priority: true, source: 'appointment' });
  });

  it('refuses bad input with stable codes', async () => {
    await expect(
      issueTicket(h.db, { unitId, fieldCode: 'ZZ', source: 'kiosk', now: NOW }),
    ).rejects.toMatchObject({
      code: 'FIELD_NOT_FOUND',
    });
    // THUE is a field, but no counter of the commune serves it: the kiosk does not offer it.
    await expect(
      issueTicket(h.db, { unitId, fieldCode: 'THUE', source: 'kiosk', now: NOW }),
    ).rejects.toMatchObject({
      code: 'FIELD_NOT_SERVED',
    });
    await expect(
      issueTicket(h.db, { unitId, fieldCode: 'HT', source: 'kiosk', phone: '12345', now: NOW }),
    ).rejects.toMatchObject({ code: 'PHONE_INVALID' });
    await expect(
      issueTicket(h.db, { unitId: randomUUID(), fieldCode: 'HT', source: 'kiosk', now: NOW }),
    ).rejects.toMatchObject({ code: 'UNIT_NOT_FOUND' });
  });
});

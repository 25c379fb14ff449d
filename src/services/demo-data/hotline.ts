/**
 * Demo hotline: a public number per commune (invented, in the province's 0237 area), the switchboard's presence at
 * xã Đông Tiến, and a few past calls played as PBX events (answered and routed, answered by the operator, missed
 * with a callback queued), so that the consoles have a log, a callback and a caller with history.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { parseHotlinePhone } from '../../domain/hotline/phone.js';
import type { CallEvent } from '../../domain/hotline/views.js';
import { ingestEvent } from '../hotline/events.js';
import { DEMO_TRACKING_PHONE } from './dossiers-data.js';

/** The hotline number of each demo commune, by agency id (as people write it). */
export const demoHotlineLines: Record<string, string> = {
  'H56.10.01': '0237 3899 001',
  'H56.10.02': '0237 3899 002',
  'H56.10.03': '0237 3899 003',
  'H56.10.04': '0237 3899 004',
  'H56.10.05': '0237 3899 005',
};

const presence: [string, 'available' | 'busy' | 'away'][] = [
  ['tongdai.dongtien', 'available'],
  ['chuyenvien.dongtien', 'available'],
  ['chuyenvien2.dongtien', 'busy'],
  ['chuyenvien3.dongtien', 'available'],
  ['chuyenvien.dongkhe', 'available'],
];

const DAY = 86_400_000;

export async function seedHotline(trx: Transaction<Database>, now = Date.now()): Promise<void> {
  const units = await trx.selectFrom('units').select(['id', 'agency_id']).execute();
  for (const u of units) {
    const number = demoHotlineLines[u.agency_id];
    if (!number) continue;
    await trx
      .insertInto('hotline_lines')
      .values({
        number: parseHotlinePhone(number)!.normalised,
        unit_id: u.id,
        label: 'Đường dây nóng một cửa',
      })
      .execute();
  }
  const staff = await trx
    .selectFrom('staff')
    .select(['id', 'username'])
    .where(
      'username',
      'in',
      presence.map(([u]) => u),
    )
    .execute();
  for (const [username, state] of presence) {
    const s = staff.find((r) => r.username === username);
    if (s) await trx.insertInto('staff_presence').values({ staff_id: s.id, presence: state }).execute();
  }

  const line = demoHotlineLines['H56.10.01']!;
  const at = (daysAgo: number, seconds: number) =>
    new Date(now - daysAgo * DAY + seconds * 1000).toISOString();
  const calls: CallEvent[][] = [
    [
      { callId: 'demo-call-1', event: 'ringing', at: at(3, 0), caller: DEMO_TRACKING_PHONE, called: line },
      { callId: 'demo-call-1', event: 'answered', at: at(3, 6), extension: '200' },
      { callId: 'demo-call-1', event: 'transferred', at: at(3, 50), extension: '200', toExtension: '211' },
      { callId: 'demo-call-1', event: 'hangup', at: at(3, 260), durationSeconds: 260 },
    ],
    [
      { callId: 'demo-call-2', event: 'ringing', at: at(2, 0), caller: '0987 654 321', called: line },
      { callId: 'demo-call-2', event: 'answered', at: at(2, 12), extension: '200' },
      { callId: 'demo-call-2', event: 'hangup', at: at(2, 95), durationSeconds: 95 },
    ],
    [
      { callId: 'demo-call-3', event: 'ringing', at: at(0.2, 0), caller: '0237 3851 234', called: line },
      { callId: 'demo-call-3', event: 'hangup', at: at(0.2, 31), durationSeconds: 31 },
    ],
  ];
  for (const events of calls) for (const e of events) await ingestEvent(trx, e);
  await trx
    .updateTable('hotline_calls')
    .set({ outcome: 'guided', outcome_note: 'Đã hướng dẫn hồ sơ khai sinh, gửi danh mục giấy tờ.' })
    .where('pbx_call_id', '=', 'demo-call-1')
    .execute();
}

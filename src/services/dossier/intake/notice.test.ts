/**
 * The receipt's notice is rendered with a stand-in code and the statement puts the real code in its place; this is
 * only done when exact, otherwise the notice is queued after the statement with the real code rendered in.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MAX_SMS_SEGMENTS } from '../../../domain/notify/templates.js';
import type { NotifyPlan } from '../../notify/notify.js';
import type { DossierRow } from '../common.js';
import { standIns } from './code.js';
import { statementNotice, type NoticeOf } from './notice.js';

const codes = standIns('H56.10.01', '2026-12-08');
const row = { id: 'd1', code: codes[0], receiving_unit_id: 'u1' } as DossierRow;
const planWith = (template: string): NotifyPlan => ({
  channel: 'sms',
  recipient: '+84913100001',
  event: 'dossier_received',
  template,
  hold: null,
  dropped: null,
  staleAfter: null,
  urgent: false,
  now: 0,
  notBefore: 0,
});
const noticeOf =
  (template: string): NoticeOf =>
  (r) => ({
    plan: planWith(template),
    req: {
      event: 'dossier_received',
      recipient: { phone: '0913100001' },
      dedupeKey: `dossier:${r.code}:1:dossier_received`,
      params: { maHoSo: r.code },
    },
  });
const codeSql = sql<string>`(select code from k)`;

describe('statementNotice', () => {
  it('gives stand-ins that are not codes (sequence 0000) and of the same length as codes', () => {
    expect(codes).toEqual(['H56.10.01-261208-0000', 'H56.10.01-261208-9999']);
  });

  it('puts the code in place in the statement when the text does not depend on its digits', () => {
    const n = statementNotice(
      noticeOf('Ho so {{maHoSo}} da tiep nhan. Tra cuu: {{maHoSo}}'),
      row,
      codes,
      codeSql,
    );
    expect(n.kind).toBe('in_statement');
  });

  // Three GSM segments are 459 characters: a longer SMS is cut to 456 and "...".
  const cutAt = (keep: number) =>
    `${'A'.repeat(MAX_SMS_SEGMENTS * 153 - 3 - keep)}{{maHoSo}}${'B'.repeat(50)}`;

  it('queues after the statement when the SMS is cut inside the sequence number', () => {
    const n = statementNotice(noticeOf(cutAt(19)), row, codes, codeSql);
    expect(n.kind).toBe('after');
    const message = (n as Extract<typeof n, { kind: 'after' }>).message('H56.10.01-261208-0042');
    expect(message.body).toBe(`${'A'.repeat(MAX_SMS_SEGMENTS * 153 - 22)}H56.10.01-261208-00...`);
    expect(message.dedupeKey).toBe('dossier:H56.10.01-261208-0042:1:dossier_received');
  });

  it('keeps it in the statement when the cut falls before the number (the text is the same for every code)', () => {
    expect(statementNotice(noticeOf(cutAt(10)), row, codes, codeSql).kind).toBe('in_statement');
  });

  it('queues after the statement when the stand-in appears in the text by itself', () => {
    const n = statementNotice(noticeOf(`Ho so {{maHoSo}} (mau ${codes[0]})`), row, codes, codeSql);
    expect(n.kind).toBe('after');
    const message = (n as Extract<typeof n, { kind: 'after' }>).message('H56.10.01-261208-0042');
    expect(message.body).toBe(`Ho so H56.10.01-261208-0042 (mau ${codes[0]})`);
  });

  it('sends nothing when there is no notice or the citizen opted out', () => {
    expect(statementNotice(undefined, row, codes, codeSql).kind).toBe('none');
    expect(statementNotice(() => null, row, codes, codeSql).kind).toBe('none');
    const optedOut: NoticeOf = (r) => ({ ...noticeOf('x')(r)!, plan: { none: 'opted_out' } });
    expect(statementNotice(optedOut, row, codes, codeSql).kind).toBe('none');
  });
});

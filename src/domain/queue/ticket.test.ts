import { describe, expect, it } from 'vitest';
import {
  callSentence,
  compareQueued,
  formatTicketNumber,
  peopleAhead,
  ticketActionAllowed,
  type QueuedTicket,
} from './ticket.js';
import { estimateWaitMs, quantile, waitMinutes, DEFAULT_SERVICE_MS } from './estimate.js';

describe('ticket numbers and calls', () => {
  it('formats the number with three digits and the spoken call in Vietnamese', () => {
    expect(formatTicketNumber('HT', 12)).toBe('HT-012');
    expect(formatTicketNumber('LDTBXH', 999)).toBe('LDTBXH-999');
    expect(callSentence('HT-012', 3)).toBe('Mời số HT-012 đến quầy 3');
  });

  it('allows each officer action only in its states', () => {
    expect(ticketActionAllowed('waiting', 'call')).toBe(true);
    expect(ticketActionAllowed('called', 'serve')).toBe(true);
    expect(ticketActionAllowed('called', 'finish')).toBe(false);
    expect(ticketActionAllowed('serving', 'transfer')).toBe(true);
    expect(ticketActionAllowed('serving', 'no_show')).toBe(false);
    expect(ticketActionAllowed('done', 'recall')).toBe(false);
  });

  it('calls appointments first, then by place in the queue', () => {
    const t = (id: string, queuedAt: number, priority = false): QueuedTicket => ({ id, queuedAt, priority });
    const waiting = [t('a', 3), t('b', 1), t('c', 5, true), t('d', 2)];
    expect([...waiting].sort(compareQueued).map((x) => x.id)).toEqual(['c', 'b', 'd', 'a']);
    expect(peopleAhead(waiting[0]!, waiting)).toBe(3);
    expect(peopleAhead(waiting[2]!, waiting)).toBe(0);
  });
});

describe('wait estimates', () => {
  it('uses the median service time shared among the open counters', () => {
    expect(quantile([5, 1, 3], 0.5)).toBe(3);
    expect(quantile([], 0.5)).toBeUndefined();
    // 2 ahead → 3 services of 4 minutes, over 2 counters: 6 minutes.
    expect(waitMinutes(estimateWaitMs(2, [4 * 60_000, 4 * 60_000, 20 * 60_000], 2))).toBe(6);
    // No history, no counter open: the default time, one counter assumed.
    expect(estimateWaitMs(0, [], 0)).toBe(DEFAULT_SERVICE_MS);
    expect(waitMinutes(1000)).toBe(1);
  });
});

/**
 * Queue tickets at a unit's desk: numbers (HT-012, per unit, field and day), the states a ticket goes through and
 * which officer action is allowed in which state. Pure; shared by the server and the officer console.
 */
export const ticketSources = ['kiosk', 'reception', 'appointment'] as const;
export type TicketSource = (typeof ticketSources)[number];

export const ticketStatuses = ['waiting', 'called', 'serving', 'done', 'no_show'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const ticketActions = ['call', 'recall', 'no_show', 'transfer', 'serve', 'finish'] as const;
export type TicketAction = (typeof ticketActions)[number];

/** Officer actions allowed on a ticket in each state (`call` takes the next waiting ticket, see nextTicket). */
export const allowedTicketActions = {
  waiting: ['call'],
  called: ['recall', 'no_show', 'transfer', 'serve'],
  serving: ['transfer', 'finish'],
  done: [],
  no_show: [],
} as const satisfies Record<TicketStatus, readonly TicketAction[]>;

export function ticketActionAllowed(status: TicketStatus, action: TicketAction): boolean {
  return (allowedTicketActions[status] as readonly TicketAction[]).includes(action);
}

/** Highest number a field gives in a day. */
export const MAX_TICKETS_PER_FIELD_DAY = 999;

/** The printed and spoken number: the field's code, a dash and three digits (HT-012). */
export function formatTicketNumber(fieldCode: string, seq: number): string {
  return `${fieldCode}-${String(seq).padStart(3, '0')}`;
}

export const statusLabels: Record<TicketStatus, string> = {
  waiting: 'Đang chờ',
  called: 'Đang được mời',
  serving: 'Đang được phục vụ',
  done: 'Đã phục vụ xong',
  no_show: 'Vắng mặt khi được mời',
};

/** The sentence the lobby display speaks: "Mời số HT-012 đến quầy 3". */
export function callSentence(number: string, counterNumber: number): string {
  return `Mời số ${number} đến quầy ${counterNumber}`;
}

export interface QueuedTicket {
  id: string;
  priority: boolean;
  /** Place in the queue (ms). */
  queuedAt: number;
}

/** Order of calling: priority tickets (appointments) first, then by place in the queue. */
export function compareQueued(a: QueuedTicket, b: QueuedTicket): number {
  if (a.priority !== b.priority) return a.priority ? -1 : 1;
  return a.queuedAt - b.queuedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** How many waiting tickets are called before `ticket` (0 when it is next). */
export function peopleAhead(ticket: QueuedTicket, waiting: readonly QueuedTicket[]): number {
  return waiting.filter((t) => t.id !== ticket.id && compareQueued(t, ticket) < 0).length;
}

/** Tickets ahead when the "your turn is near" message is sent. */
export const NEAR_AHEAD = 3;

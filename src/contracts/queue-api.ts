/**
 * The queue routes: the public kiosk, ticket and lobby display, the counters' administration, and the officer
 * console; with their schemas as types (src/contracts/route.ts). The display's live events are an EventSource
 * (GET /api/public/queue/{agencyId}/events), not a call.
 */
import type { AgencyParams } from './common.js';
import type {
  ActionParams,
  ConsoleView,
  Counter,
  CounterInput,
  CounterParams,
  Counters,
  DisplaySnapshot,
  FinishInput,
  IssuedTicket,
  IssueInput,
  KioskView,
  Ok,
  PublicTicket,
  QueueStats,
  ReceptionIssueInput,
  StatsQuery,
  TicketParams,
  TransferInput,
} from './queue.js';
import { get, post, put } from './route.js';

const publicQueue = '/api/public/queue';
const unitCounters = '/api/admin/units/:agencyId/counters';
const tickets = '/api/queue/tickets/:id';

export const queueApi = {
  kiosk: get<typeof KioskView, { params: typeof AgencyParams }>(`${publicQueue}/:agencyId/kiosk`),
  take: post<typeof IssuedTicket, { params: typeof AgencyParams; body: typeof IssueInput }>(
    `${publicQueue}/:agencyId/tickets`,
  ),
  ticket: get<typeof PublicTicket, { params: typeof TicketParams }>(`${publicQueue}/tickets/:id`),
  display: get<typeof DisplaySnapshot, { params: typeof AgencyParams }>(`${publicQueue}/:agencyId/display`),
  counters: get<typeof Counters, { params: typeof AgencyParams }>(unitCounters),
  addCounter: post<typeof Counter, { params: typeof AgencyParams; body: typeof CounterInput }>(unitCounters),
  changeCounter: put<typeof Counter, { params: typeof CounterParams; body: typeof CounterInput }>(
    '/api/admin/counters/:id',
  ),
  issueAtReception: post<
    typeof IssuedTicket,
    { params: typeof AgencyParams; body: typeof ReceptionIssueInput }
  >('/api/queue/units/:agencyId/tickets'),
  console: get<typeof ConsoleView>('/api/queue/console'),
  signIn: post<typeof Counter, { params: typeof CounterParams }>('/api/queue/counters/:id/sign-in'),
  signOut: post<typeof Ok>('/api/queue/sign-out'),
  callNext: post<typeof Ok>('/api/queue/call-next'),
  act: post<typeof Ok, { params: typeof ActionParams }>('/api/queue/tickets/:id/:action'),
  transfer: post<typeof Ok, { params: typeof TicketParams; body: typeof TransferInput }>(
    `${tickets}/transfer`,
  ),
  finish: post<typeof Ok, { params: typeof TicketParams; body: typeof FinishInput }>(`${tickets}/finish`),
  stats: get<typeof QueueStats, { params: typeof AgencyParams; querystring: typeof StatsQuery }>(
    '/api/queue/units/:agencyId/stats',
  ),
};

/** The ticket as an 80 mm PDF: a link the kiosk opens, not a call. */
export const ticketPdfPath = `${publicQueue}/tickets/:id/pdf`;

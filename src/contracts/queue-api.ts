/**
 * The queue routes: the public kiosk, ticket and lobby display, the counters' administration, and the officer
 * console; with their schemas as types (src/contracts/route.ts). The display's live events are an EventSource
 * (GET /api/public/queue/{agencyId}/events), not a call.
 */
import type { AgencyParams } from './common.js';
import type * as Q from './queue.js';
import { get, post, put } from './route.js';

const publicQueue = '/api/public/queue';
const unitCounters = '/api/admin/units/:agencyId/counters';
const tickets = '/api/queue/tickets/:id';

export const queueApi = {
  kiosk: get<typeof Q.KioskView, { params: typeof AgencyParams }>(`${publicQueue}/:agencyId/kiosk`),
  take: post<typeof Q.IssuedTicket, { params: typeof AgencyParams; body: typeof Q.IssueInput }>(
    `${publicQueue}/:agencyId/tickets`,
  ),
  ticket: get<typeof Q.PublicTicket, { params: typeof Q.TicketParams }>(`${publicQueue}/tickets/:id`),
  display: get<typeof Q.DisplaySnapshot, { params: typeof AgencyParams }>(`${publicQueue}/:agencyId/display`),
  counters: get<typeof Q.Counters, { params: typeof AgencyParams }>(unitCounters),
  addCounter: post<typeof Q.Counter, { params: typeof AgencyParams; body: typeof Q.CounterInput }>(
    unitCounters,
  ),
  changeCounter: put<typeof Q.Counter, { params: typeof Q.CounterParams; body: typeof Q.CounterInput }>(
    '/api/admin/counters/:id',
  ),
  issueAtReception: post<
    typeof Q.IssuedTicket,
    { params: typeof AgencyParams; body: typeof Q.ReceptionIssueInput }
  >('/api/queue/units/:agencyId/tickets'),
  console: get<typeof Q.ConsoleView>('/api/queue/console'),
  signIn: post<typeof Q.Counter, { params: typeof Q.CounterParams }>('/api/queue/counters/:id/sign-in'),
  signOut: post<typeof Q.Ok>('/api/queue/sign-out'),
  callNext: post<typeof Q.Ok>('/api/queue/call-next'),
  act: post<typeof Q.Ok, { params: typeof Q.ActionParams }>('/api/queue/tickets/:id/:action'),
  transfer: post<typeof Q.Ok, { params: typeof Q.TicketParams; body: typeof Q.TransferInput }>(
    `${tickets}/transfer`,
  ),
  finish: post<typeof Q.Ok, { params: typeof Q.TicketParams; body: typeof Q.FinishInput }>(
    `${tickets}/finish`,
  ),
  stats: get<typeof Q.QueueStats, { params: typeof AgencyParams; querystring: typeof Q.StatsQuery }>(
    '/api/queue/units/:agencyId/stats',
  ),
};

/** The ticket as an 80 mm PDF: a link the kiosk opens, not a call. */
export const ticketPdfPath = `${publicQueue}/tickets/:id/pdf`;

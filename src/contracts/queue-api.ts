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
import { route } from './route.js';

const publicQueue = '/api/public/queue';
const unitCounters = '/api/admin/units/:agencyId/counters';
const tickets = '/api/queue/tickets/:id';

export const queueApi = {
  kiosk: route<{ params: typeof AgencyParams; response: typeof KioskView }>(
    'GET',
    `${publicQueue}/:agencyId/kiosk`,
  ),
  take: route<{ params: typeof AgencyParams; body: typeof IssueInput; response: typeof IssuedTicket }>(
    'POST',
    `${publicQueue}/:agencyId/tickets`,
  ),
  ticket: route<{ params: typeof TicketParams; response: typeof PublicTicket }>(
    'GET',
    `${publicQueue}/tickets/:id`,
  ),
  display: route<{ params: typeof AgencyParams; response: typeof DisplaySnapshot }>(
    'GET',
    `${publicQueue}/:agencyId/display`,
  ),
  counters: route<{ params: typeof AgencyParams; response: typeof Counters }>('GET', unitCounters),
  addCounter: route<{ params: typeof AgencyParams; body: typeof CounterInput; response: typeof Counter }>(
    'POST',
    unitCounters,
  ),
  changeCounter: route<{ params: typeof CounterParams; body: typeof CounterInput; response: typeof Counter }>(
    'PUT',
    '/api/admin/counters/:id',
  ),
  issueAtReception: route<{
    params: typeof AgencyParams;
    body: typeof ReceptionIssueInput;
    response: typeof IssuedTicket;
  }>('POST', '/api/queue/units/:agencyId/tickets'),
  console: route<{ response: typeof ConsoleView }>('GET', '/api/queue/console'),
  signIn: route<{ params: typeof CounterParams; response: typeof Counter }>(
    'POST',
    '/api/queue/counters/:id/sign-in',
  ),
  signOut: route<{ response: typeof Ok }>('POST', '/api/queue/sign-out'),
  callNext: route<{ response: typeof Ok }>('POST', '/api/queue/call-next'),
  act: route<{ params: typeof ActionParams; response: typeof Ok }>('POST', '/api/queue/tickets/:id/:action'),
  transfer: route<{ params: typeof TicketParams; body: typeof TransferInput; response: typeof Ok }>(
    'POST',
    `${tickets}/transfer`,
  ),
  finish: route<{ params: typeof TicketParams; body: typeof FinishInput; response: typeof Ok }>(
    'POST',
    `${tickets}/finish`,
  ),
  stats: route<{ params: typeof AgencyParams; querystring: typeof StatsQuery; response: typeof QueueStats }>(
    'GET',
    '/api/queue/units/:agencyId/stats',
  ),
};

/** The ticket as an 80 mm PDF: a link the kiosk opens, not a call. */
export const ticketPdfPath = `${publicQueue}/tickets/:id/pdf`;

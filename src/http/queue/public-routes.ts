/**
 * The public side of the queue: the kiosk (fields, take a ticket — rate-limited), a ticket's page and its 80 mm
 * PDF, and the lobby display's snapshot and live stream (SSE, live-routes.ts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ticketPdf } from '../../adapters/pdf/ticket-pdf.js';
import { formatInstant } from '../../domain/calendar/time-zone.js';
import { checkKioskLimits } from '../../services/queue/kiosk-limits.js';
import { checkPhone, issueTicket, QUEUE_TIMEZONE } from '../../services/queue/tickets.js';
import { displaySnapshot, kioskView, publicTicket, publicUnit } from '../../services/queue/views.js';
import {
  DisplaySnapshot,
  IssuedTicket,
  IssueInput,
  KioskView,
  PublicTicket,
  TicketParams,
} from '../../contracts/queue.js';
import { AgencyParams, ErrorResponse } from '../../contracts/common.js';
import { publicRoutes, replies, UNIT_READ_RATE } from '../shared/routes.js';

const tags = ['queue'];
const publicRoute = publicRoutes(tags, UNIT_READ_RATE);
/**
 * A kiosk in a lobby gives a few tickets a minute; a script gets stopped — per address here, per unit and per phone
 * in the service (kiosk-limits.ts).
 */
const ISSUE_RATE = { max: 20, timeWindow: '10 minutes' };

const PdfBody = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'An 80 mm ticket' });

/** "08:15 ngày 03/12/2026" */
function issuedAtText(iso: string): string {
  const local = formatInstant(QUEUE_TIMEZONE, Date.parse(iso));
  return `${local.slice(11, 16)} ngày ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}

export const queuePublicRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  const { publicUrl } = app.deps.config;

  app.get(
    '/public/queue/:agencyId/kiosk',
    publicRoute('The kiosk of a unit: the fields its counters serve and how many wait', {
      params: AgencyParams,
      response: replies(KioskView, 404),
    }),
    async (request) => kioskView(db, request.params.agencyId),
  );

  app.post(
    '/public/queue/:agencyId/tickets',
    publicRoute(
      'Take a ticket at the kiosk (no login; rate-limited)',
      {
        params: AgencyParams,
        body: IssueInput,
        response: {
          201: IssuedTicket,
          400: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
          429: ErrorResponse,
        },
      },
      ISSUE_RATE,
    ),
    async (request, reply) => {
      const unit = await publicUnit(db, request.params.agencyId);
      await checkKioskLimits(db, unit.id, checkPhone(request.body.phone));
      const ticket = await issueTicket(db, {
        unitId: unit.id,
        fieldCode: request.body.fieldCode,
        source: 'kiosk',
        phone: request.body.phone ?? null,
      });
      return reply.status(201).send(ticket);
    },
  );

  app.get(
    '/public/queue/tickets/:id',
    publicRoute("A ticket's public page: number, field, status, people ahead, estimated wait", {
      params: TicketParams,
      response: replies(PublicTicket, 400, 404),
    }),
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return publicTicket(db, request.params.id);
    },
  );

  app.get(
    '/public/queue/tickets/:id/pdf',
    publicRoute('The ticket as an 80 mm PDF for thermal printers, with a QR of its page', {
      produces: ['application/pdf'],
      params: TicketParams,
      response: replies(PdfBody, 400, 404),
    }),
    async (request, reply) => {
      const t = await publicTicket(db, request.params.id);
      const pdf = await ticketPdf({
        unitName: t.unit.name,
        number: t.number,
        fieldName: t.field.name,
        issuedAtText: issuedAtText(t.issuedAt),
        ahead: t.ahead,
        priority: t.priority,
        url: `${publicUrl.replace(/\/$/, '')}/so-thu-tu/${t.id}`,
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="so-thu-tu-${t.number}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.get(
    '/public/queue/:agencyId/display',
    publicRoute('The lobby display now: serving per counter, next numbers per field', {
      params: AgencyParams,
      response: replies(DisplaySnapshot, 404),
    }),
    async (request) => {
      const unit = await publicUnit(db, request.params.agencyId);
      return displaySnapshot(db, unit.id);
    },
  );
};

/**
 * The Fastify application: plugins, the error mapper, OpenAPI, and one plugin per area.
 * Areas live in src/http/<area>/ and are registered in `areas` below.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import helmet from '@fastify/helmet';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Config } from '../config.js';
import type { DatabaseHandle } from '../db/connection.js';
import { errorBody, registerErrorHandling } from './errors.js';
import { loggerOptions } from './logging.js';
import { clientErrorHandler, registerInputGuard } from './input-guard.js';
import { systemRoutes } from './system/routes.js';
import { catalogueRoutes } from './catalogue/routes.js';
import { calendarRoutes } from './calendar/routes.js';
import { feeRoutes } from './fees/routes.js';
import { checklistRoutes } from './checklist/routes.js';
import { sessionPlugin } from './auth/session.js';
import { authRoutes } from './auth/routes.js';
import { orgRoutes } from './org/routes.js';
import { dossierRoutes } from './dossier/routes.js';
import { attachmentRoutes } from './dossier/attachment-routes.js';
import { trackingRoutes } from './tracking/routes.js';
import { formRoutes } from './forms/routes.js';
import { dayModeRoutes } from './day-modes/routes.js';
import { alertRoutes } from './alerts/routes.js';
import { serviceHoursRoutes } from './service-hours/routes.js';
import { notifyRoutes } from './notify/routes.js';
import { notifyReceiptRoutes } from './notify-receipts/routes.js';
import { queueRoutes } from './queue/routes.js';
import { appointmentRoutes } from './appointments/routes.js';
import { hotlineRoutes } from './hotline/routes.js';
import { auditRoutes } from './audit/routes.js';
import { citizenRoutes } from './citizen/routes.js';
import { servicePointRoutes } from './service-points/routes.js';
import { onlineIntakeRoutes } from './dossier/online-intake-routes.js';
import { paymentRoutes } from './payment/routes.js';
import { ratingRoutes } from './ratings/routes.js';
import { webApp } from './web.js';

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}

/** Area route plugins, each mounted under /api. */
const areas = [
  systemRoutes,
  authRoutes,
  orgRoutes,
  catalogueRoutes,
  checklistRoutes,
  calendarRoutes,
  dossierRoutes,
  attachmentRoutes,
  trackingRoutes,
  formRoutes,
  dayModeRoutes,
  alertRoutes,
  serviceHoursRoutes,
  queueRoutes,
  appointmentRoutes,
  notifyRoutes,
  notifyReceiptRoutes,
  hotlineRoutes,
  auditRoutes,
  citizenRoutes,
  servicePointRoutes,
  onlineIntakeRoutes,
  paymentRoutes,
  ratingRoutes,
  feeRoutes,
];

export async function buildApp(
  deps: AppDeps,
  opts: { logger?: boolean; logStream?: { write(line: string): void } } = {},
): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: opts.logger === false ? false : loggerOptions(config.logLevel, opts.logStream),
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    // Over-long URLs and headers, malformed requests and timeouts get our error body (414, 431, 400, 408).
    clientErrorHandler,
    // Router-level failures (a malformed percent-encoding, an over-long path parameter) get our error body too.
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      void reply
        .status(tooLong ? 414 : 400)
        .send(
          errorBody(
            tooLong ? 'URL_TOO_LONG' : 'BAD_URL',
            tooLong ? 'Địa chỉ yêu cầu quá dài.' : 'Địa chỉ yêu cầu không hợp lệ.',
          ),
        );
    },
    ajv: {
      customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('deps', deps);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerErrorHandling(app, { production: config.env === 'production' });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie, { secret: config.sessionSecret });
  // After the cookies are parsed and before any route reads its input.
  registerInputGuard(app);
  await app.register(rateLimit, { global: false });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'motcua API',
        version: '0.1.0',
        description: 'API of motcua, the electronic one-stop shop for administrative procedures.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'motcua_session' },
          citizenSession: { type: 'apiKey', in: 'cookie', name: 'motcua_citizen' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  await app.register(
    async (api) => {
      await api.register(sessionPlugin);
      for (const area of areas) await api.register(area);
      api.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
    },
    { prefix: '/api' },
  );

  await webApp(app);
  return app;
}

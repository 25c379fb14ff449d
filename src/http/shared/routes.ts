/**
 * The route options every area repeats, built in one place so that each route states only what differs: its
 * summary, its params/query/body and its answer. Staff routes are signed in first (401 before the body is read)
 * and listed under the session's security scheme; every route answers errors with the shared ErrorResponse.
 */
import type { TSchema } from 'typebox';
import { ErrorResponse } from '../../contracts/common.js';
import { authenticated } from './guard.js';

/** Error answers shared by every staff endpoint. */
export const staffErrors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
} as const;

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 503;

/** ErrorResponse under each of the given statuses. */
export function errorReplies<C extends ErrorStatus>(...codes: C[]): { [K in C]: typeof ErrorResponse } {
  return Object.fromEntries(codes.map((c) => [c, ErrorResponse])) as { [K in C]: typeof ErrorResponse };
}

/** A staff route's answers when it creates: the body on 201, the staff errors and ErrorResponse on the others given. */
export function staffCreated<T extends TSchema, C extends ErrorStatus = never>(ok: T, ...codes: C[]) {
  return { 201: ok, ...staffErrors, ...errorReplies(...codes) };
}

/** A public route's answers when it creates: the body on 201 and ErrorResponse on the given statuses. */
export function created<T extends TSchema, C extends ErrorStatus = never>(ok: T, ...codes: C[]) {
  return { 201: ok, ...errorReplies(...codes) };
}

/** A public route's answers: the body on 200 and ErrorResponse on the given statuses. */
export function replies<T extends TSchema, C extends ErrorStatus = never>(ok: T, ...codes: C[]) {
  return { 200: ok, ...errorReplies(...codes) };
}

/** A staff route's answers: the body on 200, the staff errors (400/401/403) and ErrorResponse on the others given. */
export function staffReplies<T extends TSchema, C extends ErrorStatus = never>(ok: T, ...codes: C[]) {
  return { 200: ok, ...staffErrors, ...errorReplies(...codes) };
}

const security = [{ session: [] }];

type RateLimit = { max: number; timeWindow: string };

/**
 * The public reads of a unit's own pages and lobby screens (service hours, day modes, the queue's kiosk and
 * display), per client address: a lobby behind one address polls well below it.
 */
export const UNIT_READ_RATE: RateLimit = { max: 600, timeWindow: '1 minute' };

/** What a route checks on request, before its body is read: a signed-in actor, or a permission (guard.ts). */
type RequestCheck = typeof authenticated;

/**
 * The options of an area's staff routes: `const staff = staffRoutes(['alerts'])`, then
 * `app.get(path, staff('Summary', { params, response: staffReplies(Body, 404) }), handler)`. The check on request
 * is a signed-in actor unless given (`staffRoutes(tags, requirePermission('catalogue.manage'))`).
 */
export function staffRoutes(tags: string[], onRequest: RequestCheck = authenticated) {
  const schemaOf = staffSchemas(tags);
  return <S extends object>(summary: string, schema: S) => ({ onRequest, ...schemaOf(summary, schema) });
}

/**
 * The options of staff routes registered in a plugin that checks the session on every request itself
 * (`addHook('onRequest', authenticated)`): the schema alone, listed under the session's security scheme.
 */
export function staffSchemas(tags: string[]) {
  return <S extends object>(summary: string, schema: S) => ({
    schema: { tags, security, summary, ...schema },
  });
}

/**
 * The options of an area's public routes, each with a rate limit (the area's unless given):
 * `publicRoute('Summary', { params, response: replies(Body, 404) })`.
 */
export function publicRoutes(tags: string[], areaRate: RateLimit) {
  return <S extends object>(summary: string, schema: S, rateLimit: RateLimit = areaRate) => ({
    config: { rateLimit },
    schema: { tags, summary, ...schema },
  });
}

/**
 * The options of the citizen's own routes (under /api/citizen, inside ./routes.ts): the signed-in citizen checked on
 * request (401 before the body is read), listed under "citizen" with the citizen's session scheme.
 * `citizenRoute('Summary', { params, response: replies(Body, 401, 404) })`; `rateLimit` adds a per-address limit.
 */
import { citizenAuthenticated } from './session.js';

export const citizenTags = ['citizen'];
export const citizenSecurity = [{ citizenSession: [] }];

export function citizenRoute<S extends object>(
  summary: string,
  schema: S,
  rateLimit?: { max: number; timeWindow: string },
) {
  return {
    onRequest: citizenAuthenticated,
    ...(rateLimit ? { config: { rateLimit } } : {}),
    schema: { tags: citizenTags, summary, security: citizenSecurity, ...schema },
  };
}

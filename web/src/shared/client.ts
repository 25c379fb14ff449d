/**
 * The typed client: a route of the API contract (src/contracts/*-api.ts) and its inputs give the answer's type,
 * through the one fetch wrapper (CSRF header on writes, errors as ApiError). React Query stays in the pages:
 * `useQuery({ queryKey, queryFn: () => call(dossierApi.one, { params: { code } }) })`.
 */
import type { Static, TSchema } from 'typebox';
import type { Route, RouteSchemas } from '../../../src/contracts/route.js';
import { api } from './api.js';

type Part<S, K extends keyof RouteSchemas, As extends string, Required extends boolean> = S extends {
  [P in K]: infer T extends TSchema;
}
  ? Required extends true
    ? { [P in As]: Static<T> }
    : { [P in As]?: Static<T> }
  : { [P in As]?: never };

/**
 * What a call sends: the path parameters and the body when the route has them, the query when wanted; and, when
 * the answer must not come from the browser's cache, `cache: 'no-cache'`.
 */
export type CallInput<S extends RouteSchemas> = Part<S, 'params', 'params', true> &
  Part<S, 'querystring', 'query', false> &
  Part<S, 'body', 'body', true> & { cache?: RequestCache };

export type Answer<R> = R extends Route<infer S> ? Static<S['response']> : never;

type Args<S extends RouteSchemas> =
  object extends CallInput<S> ? [input?: CallInput<S>] : [input: CallInput<S>];

/** The path with its parameters filled in (each encoded) and the query's defined values appended. */
export function routePath(
  path: string,
  params: Record<string, string | number> = {},
  query: Record<string, string | number | boolean | undefined> = {},
): string {
  const filled = path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params[name])));
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== '') search.set(k, String(v));
  }
  const qs = search.toString();
  return qs ? `${filled}?${qs}` : filled;
}

/** A call's input as it is sent, whatever the route. */
interface Sent {
  params?: Record<string, string | number>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  cache?: RequestCache;
}

export function call<S extends RouteSchemas>(
  route: Route<S>,
  ...[input]: Args<S>
): Promise<Static<S['response']>> {
  const { params, query, body, cache } = (input ?? {}) as Sent;
  return api<Static<S['response']>>(routePath(route.path, params, query), {
    method: route.method,
    body,
    ...(cache ? { cache } : {}),
  });
}

/**
 * A file sent as the request's body (with the file's type, or as a multipart form), to a route whose inputs are
 * its path parameters and query: `upload(dossierApi.attach, file, { params: { code }, query: { name } })`.
 */
export function upload<S extends RouteSchemas>(
  route: Route<S>,
  file: Blob | FormData,
  ...[input]: Args<S>
): Promise<Static<S['response']>> {
  const { params, query } = (input ?? {}) as Sent;
  return api<Static<S['response']>>(routePath(route.path, params, query), {
    method: route.method,
    body: file,
  });
}

/**
 * A route of the API as its callers see it: the method and the path under /api, and — as types only — the schemas
 * of its path parameters, query, body and answer. The web app's typed client (web/src/shared/client.ts) takes one
 * of these and returns the answer's type; the server's routes validate with the same schemas (src/contracts/<area>.ts).
 *
 * The schemas are carried as types only, so that a page importing a route pulls no schema code into its bundle.
 */
import type { TSchema } from 'typebox';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSchemas {
  params?: TSchema;
  querystring?: TSchema;
  body?: TSchema;
  response: TSchema;
}

export interface Route<S extends RouteSchemas = RouteSchemas> {
  readonly method: Method;
  /** The path with `:name` for each parameter, e.g. /api/dossiers/:code. */
  readonly path: string;
  /** Never set: carries the schemas' types. */
  readonly schemas?: S;
}

/** `route<{ params: typeof CodeParams; response: typeof DossierDetail }>('GET', '/api/dossiers/:code')`. */
export function route<S extends RouteSchemas>(method: Method, path: string): Route<S> {
  return { method, path };
}

/** What a route takes besides its answer: path parameters, query, body. */
export type RouteInputs = Omit<RouteSchemas, 'response'>;

const routeOf =
  (method: Method) =>
  <Response extends TSchema, Inputs extends RouteInputs = object>(
    path: string,
  ): Route<Inputs & { response: Response }> =>
    route(method, path);

/**
 * One route in one entry, its answer first and its inputs after:
 * `get<typeof DossierDetail, { params: typeof CodeParams }>('/api/dossiers/:code')`.
 */
export const get = routeOf('GET');
export const post = routeOf('POST');
export const put = routeOf('PUT');
export const patch = routeOf('PATCH');
export const del = routeOf('DELETE');

/**
 * Every public endpoint — each operation of the OpenAPI document that needs no session — fuzzed in-process:
 * odd strings, NULs, unpaired surrogates, huge numbers, wrong types, path traversal and missing fields in path
 * parameters, query strings and JSON bodies, and bodies that are not JSON at all. Never a 5xx, and every refusal
 * is the {error:{code,message}} body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openTestApp, type TestApp } from '../../test/app.js';
import { anyValue, encoded } from '../../test/fuzz.js';

interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  bodyProps: Record<string, unknown>;
  hasBody: boolean;
}

interface OpenApiOperation {
  security?: unknown[];
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}

let t: TestApp;
let operations: Operation[] = [];
/** Values that get a request past the first checks, by parameter name, so the fuzz reaches deeper code too. */
const plausible: Record<string, string[]> = {
  code: ['1.001193', '1001193', '2.000815'],
  agencyId: ['H56.10.01', 'H56.10.02', '000.00.01.H56'],
  unit: ['H56.10.01'],
  phone: ['5678', '0912345678', '+84912345678'],
  month: ['2026-12', '2027-01'],
  year: ['2026'],
  form: ['declaration'],
  provider: ['http', 'zalo', 'smtp'],
};

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  const dossier = await t.database.db
    .selectFrom('dossiers')
    .select(['code'])
    .limit(1)
    .executeTakeFirstOrThrow();
  plausible.code!.push(dossier.code);
  const unit = await t.database.db.selectFrom('units').select(['id']).limit(1).executeTakeFirstOrThrow();
  plausible.unitId = [unit.id];
  const doc = t.app.swagger() as { paths: Record<string, Record<string, OpenApiOperation>> };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      // Live streams (Server-Sent Events) never end, so they are not for app.inject: their tests open them for real.
      .filter(([method, op]) => !op.security?.length && !(method === 'get' && path.endsWith('/events')))
      .map(([method, op]) => {
        const json = op.requestBody?.content?.['application/json']?.schema;
        return {
          method: method.toUpperCase(),
          path,
          pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
          queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
          bodyProps: json?.properties ?? {},
          hasBody: op.requestBody !== undefined,
        };
      }),
  );
});
afterAll(() => t.close());

/** A value for a named parameter, already encoded: sometimes a plausible one, mostly hostile. */
const paramValue = (name: string) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...(plausible[name] ?? ['x'])).map(encodeURIComponent) },
    { weight: 5, arbitrary: encoded },
  );

/** A JSON body after the operation's schema: each property plausible, hostile, of a wrong type or missing. */
const bodyFor = (op: Operation) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record(
        Object.fromEntries(
          Object.keys(op.bodyProps).map((k) => [
            k,
            fc.oneof(anyValue, fc.constantFrom(...(plausible[k] ?? ['x']))),
          ]),
        ),
        { requiredKeys: [] },
      ),
    },
    { weight: 1, arbitrary: anyValue },
  );

interface Sent {
  method: string;
  url: string;
  payload?: string;
  contentType?: string;
  forwardedFor: string;
}

const request = (op: Operation): fc.Arbitrary<Sent> =>
  fc
    .record({
      params: fc.tuple(...op.pathParams.map(paramValue)),
      query: fc.array(
        fc.tuple(fc.constantFrom(...op.queryParams, 'x', '__proto__'), fc.oneof(encoded, fc.constant(''))),
        { maxLength: 4 },
      ),
      body:
        op.hasBody || op.method !== 'GET'
          ? fc.option(bodyFor(op), { nil: undefined })
          : fc.constant(undefined),
      raw: fc.option(
        fc.constantFrom('{', '[]', '{"a":', 'null', '"\\u0000"', '\u0000', '{"__proto__":{"x":1}}'),
        {
          freq: 8,
          nil: undefined,
        },
      ),
      contentType: fc.option(
        fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/json; charset=latin1',
        ),
        { freq: 8, nil: undefined },
      ),
      address: fc.tuple(fc.integer({ min: 1, max: 254 }), fc.integer({ min: 1, max: 254 })),
    })
    .map(({ params, query, body, raw, contentType, address }) => {
      let i = 0;
      const path = op.path.replace(/\{[^}]+\}/g, () => params[i++] as string);
      const qs = query.map(([k, v]) => `${k}=${v}`).join('&');
      const payload = raw ?? (body === undefined ? undefined : JSON.stringify(body));
      return {
        method: op.method,
        url: `${path}${qs ? '?' + qs : ''}`,
        payload,
        contentType: payload === undefined ? undefined : (contentType ?? 'application/json'),
        forwardedFor: `198.19.${address[0]}.${address[1]}`,
      };
    });

const RUNS = 2400;

describe('fuzzing every public endpoint', () => {
  it('finds the public operations in the OpenAPI document', () => {
    const listed = operations.map((o) => `${o.method} ${o.path}`);
    for (const known of [
      'GET /api/track/{code}',
      'POST /api/auth/login',
      'GET /api/procedures/{code}',
      'POST /api/dossiers/online',
      'POST /api/public/queue/{agencyId}/tickets',
      'POST /api/appointments',
      'POST /api/hotline/events',
    ]) {
      expect(listed).toContain(known);
    }
    expect(operations.length).toBeGreaterThan(20);
  });

  it(`${RUNS} generated requests: never a 5xx, every refusal in the error shape`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: operations.length - 1 }).chain((n) => request(operations[n]!)),
        async (sent) => {
          const res = await t.app.inject({
            method: sent.method as 'GET',
            url: sent.url,
            headers: {
              'x-forwarded-for': sent.forwardedFor,
              ...(sent.contentType ? { 'content-type': sent.contentType } : {}),
            },
            ...(sent.payload !== undefined ? { payload: sent.payload } : {}),
          });
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          const what = `${sent.method} ${sent.url} ${sent.payload?.slice(0, 300) ?? ''} → ${res.statusCode} ${res.body.slice(0, 300)}`;
          expect(res.statusCode, what).toBeLessThan(500);
          if (res.statusCode >= 400) {
            const body = res.json<{ error?: { code?: unknown; message?: unknown } }>();
            expect(typeof body.error?.code, what).toBe('string');
            expect(typeof body.error?.message, what).toBe('string');
          }
        },
      ),
      { numRuns: RUNS },
    );
    // The fuzz reached past the validation now and then, not only refusals.
    const ok = [...statuses].filter(([s]) => s < 300).reduce((n, [, c]) => n + c, 0);
    expect(ok).toBeGreaterThan(RUNS / 50);
    // About 30 s on either database on a quiet machine; the margin is for a busy one.
  }, 150_000);
});

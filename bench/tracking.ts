/**
 * Public tracking on PostgreSQL: `BENCH_DATABASE_URL=postgres://… npx tsx bench/tracking.ts [--duration 10]
 * [--dossiers 1200]`.
 *
 * A fresh database (migrated, demo data) on the server, dropped at the end, with --dossiers more birth registrations
 * received through the intake service at six units (besides the demo dossiers in every status); the real
 * application in production configuration, the per-address rate limit in the path (each request has its own client
 * address, as behind a proxy). GET /api/track/{code}?phone=… cycles over every dossier, half with the full phone and
 * half with its last 4 digits. The ceiling: a bare Fastify route on the same connection pool running the same
 * select (the dossier with its applicant's phone, its unit and its log) and answering the rows as JSON. Prints requests
 * per second, p50 and p99, and the ratio to the ceiling.
 */
import Fastify from 'fastify';
import { sql } from 'kysely';
import { receiveDossier } from '../src/services/dossier/intake/intake.js';
import { actorOf, getStaffRecord } from '../src/services/org/queries.js';
import {
  arg,
  benchOnFreshDatabase,
  header,
  listenLocally,
  load,
  receiveAtUnits,
  serverVersion,
  startApp,
  table,
  type Figures,
} from './pg-bench.js';

benchOnFreshDatabase(async (bench, duration) => {
  const extra = Number(arg('--dossiers') ?? 1200);
  const { db } = bench.database;
  // More dossiers, received through the service by a reception officer of six units.
  const units = await db
    .selectFrom('units')
    .select(['id', 'agency_id'])
    .where('type', 'in', ['commune', 'service_centre'])
    .execute();
  const officerId = await receiveAtUnits(db, units);
  const ctx = { actor: actorOf(await getStaffRecord(db, officerId)), requestId: 'bench' };
  const seedStart = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let n = next++; n < extra; n = next++) {
        await db.transaction().execute((trx) =>
          receiveDossier(trx, ctx, {
            procedureCode: '1.001193',
            unit: units[n % units.length]!.agency_id,
            applicant: {
              name: `Trần Văn Tra ${n}`,
              phone: `08${String(n).padStart(8, '0')}`,
              idNumber: `0381${String(60 + (n % 30))}${String(n).padStart(6, '0')}`,
            },
            documents: [0, 1, 2, 3].map((index) => ({ index, originals: 1, copies: 0 })),
            // The four case questions answered "no": only the four papers every birth registration needs.
            answers: { uy_quyen: 'no', tre_bo_roi: 'no', mang_thai_ho: 'no', sinh_ngoai_co_so_y_te: 'no' },
          }),
        );
      }
    }),
  );
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const rows = await db
    .selectFrom('dossiers as d')
    .innerJoin('persons as p', 'p.id', 'd.applicant_id')
    .select(['d.code', 'p.phone'])
    .execute();
  // The national form of the phone, as the applicant would type it.
  const pairs = rows.map((r): [string, string] => [r.code, `0${r.phone!.slice(3)}`]);

  const { app, url } = await startApp(bench.database);
  const sample = await fetch(`${url}/api/track/${pairs[0]![0]}?phone=${pairs[0]![1]}`, {
    headers: { 'x-forwarded-for': '10.9.9.9' },
  });
  if (sample.status !== 200) throw new Error(`tracking check: ${sample.status} ${await sample.text()}`);

  // The ceiling: the same select on the same pool, no framework plugins, no response schema.
  const bare = Fastify({ logger: false });
  bare.get('/api/track/:code', async (request, reply) => {
    const { code } = request.params as { code: string };
    const { phone } = request.query as { phone: string };
    const match = /^[0-9]{4}$/.test(phone)
      ? sql`p.phone like ${'%' + phone}`
      : sql`p.phone = ${'+84' + phone.slice(1)}`;
    const found = await sql`
        select d.code, d.status, d.procedure_code, d.procedure_name, d.received_at, d.due_at, d.finished_at,
          u.name as unit_name,
          (select coalesce(json_agg(agg), '[]') from (
            select a.action, a.at from dossier_actions a where a.dossier_id = d.id order by a.seq) as agg) as history
        from dossiers d join persons p on p.id = d.applicant_id join units u on u.id = d.receiving_unit_id
        where d.code = ${code} and ${match}`.execute(db);
    const row = found.rows[0];
    if (!row) return reply.status(404).send({ error: 'not found' });
    return row;
  });
  const bareUrl = await listenLocally(bare);
  const bareSample = await fetch(`${bareUrl}/api/track/${pairs[0]![0]}?phone=${pairs[0]![1].slice(-4)}`);
  if (bareSample.status !== 200) throw new Error(`ceiling check: ${bareSample.status}`);

  const track = (target: string, connections: number, overallRate?: number) =>
    load(
      {
        kind: 'track',
        url: target,
        connections,
        duration,
        pairs,
        ...(overallRate ? { overallRate } : {}),
      },
      db,
    );
  await load({ kind: 'track', url, connections: 10, duration: 3, pairs });
  const runs: [string, Figures][] = [];
  runs.push(['app, 10 connections', await track(url, 10)]);
  runs.push(['ceiling, 10 connections', await track(bareUrl, 10)]);
  runs.push(['app, 50 connections', await track(url, 50)]);
  runs.push(['ceiling, 50 connections', await track(bareUrl, 50)]);
  runs.push(['app, fixed 2,000 req/s, 20 connections', await track(url, 20, 2000)]);
  runs.push(['app, fixed 500 req/s, 10 connections', await track(url, 10, 500)]);
  await bare.close();
  await app.close();

  console.log(header('tracking benchmark', await serverVersion(bench.database)));
  console.log(
    `${pairs.length} dossiers (${extra} received through the service in ${seedSeconds.toFixed(0)} s, and the demo ones); ` +
      `${duration} s a run; autocannon in a child process; pool of 10 connections\n`,
  );
  console.log(table(runs));
  for (const c of [10, 50]) {
    const a = runs.find(([n]) => n === `app, ${c} connections`)![1];
    const b = runs.find(([n]) => n === `ceiling, ${c} connections`)![1];
    console.log(
      `app / ceiling at ${c} connections: ${((100 * a.rps) / b.rps).toFixed(0)}% of the requests per second`,
    );
  }
});

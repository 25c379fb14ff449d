/**
 * Catalogue search under load: `npx tsx bench/catalogue-search.ts [--catalogue file.json[.gz]] [--duration 10]`.
 *
 * Loads a catalogue of about 2,000 procedures (see bench/catalogue-data.ts) into an in-memory PGlite, serves the
 * real app, and runs autocannon (in a child process, so the client does not share the server's event loop) with a
 * mix of real queries against GET /api/procedures?q=…, and against a bare Fastify route that returns a
 * precomputed search response (the ceiling). Also times the in-memory search alone. Prints req/s, p50 and p99.
 * Each request comes from its own client address, so the public rate limit stays in the path without throttling.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { loadConfig } from '../src/config.js';
import { kyselyOnPglite, openPglite } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { searchCatalogue } from '../src/domain/catalogue/search.js';
import { buildApp } from '../src/http/app.js';
import { importCatalogue } from '../src/services/catalogue/import.js';
import { catalogueIndexFor } from '../src/services/catalogue/index-cache.js';
import { benchCatalogue, benchQueries } from './catalogue-data.js';
import {
  arg,
  clientFigures,
  finishClient,
  listenLocally,
  randomAddress,
  runChildClient,
  type ClientFigures,
} from './client.js';

interface ClientJob {
  url: string;
  paths: string[];
  connections: number;
  duration: number;
  overallRate?: number;
}

type Figures = ClientFigures;

async function runClient(job: ClientJob): Promise<Figures> {
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.duration,
    ...(job.overallRate ? { overallRate: job.overallRate } : {}),
    requests: job.paths.map((p) => ({
      method: 'GET' as const,
      path: p,
      setupRequest: (req: { headers?: Record<string, string> }) => ({
        ...req,
        headers: { ...req.headers, 'x-forwarded-for': randomAddress() },
      }),
    })),
  });
  return clientFigures(result);
}

/**
 * Runs autocannon in a child process (same loader, so this file runs as TypeScript there too), and measures this
 * process's event-loop delay meanwhile: stalls of the servers themselves (GC, the embedded database), as opposed to
 * the machine or the client.
 */
async function load(job: ClientJob): Promise<Figures & { loopP99: number; loopMax: number }> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const figures = await runChild(job);
  loop.disable();
  return { ...figures, loopP99: loop.percentile(99) / 1e6, loopMax: loop.max / 1e6 };
}

const runChild = (job: ClientJob) =>
  runChildClient<Figures>(import.meta.url, ['--client', JSON.stringify(job)]);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main() {
  const duration = Number(arg('--duration') ?? 10);
  // Only the source and count outlive the import: the parsed file would otherwise sit in the heap during the runs.
  let loaded: ReturnType<typeof benchCatalogue> | undefined = benchCatalogue({
    ...(arg('--catalogue') ? { file: arg('--catalogue')! } : {}),
    size: 2000,
  });
  const { source } = loaded;
  const procedureCount = loaded.file.procedures.length;

  const pglite = await openPglite();
  const database = kyselyOnPglite(pglite);
  await migrate(database.db);
  let t = performance.now();
  const imported = await database.db
    .transaction()
    .execute((trx) => importCatalogue(trx, loaded!.file, { actor: null, effectiveFrom: '2025-01-01' }));
  const importMs = performance.now() - t;
  loaded = undefined;

  const config = loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    HOTLINE_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    // As behind a reverse proxy on the same machine: the client address comes from X-Forwarded-For.
    TRUST_PROXY: '127.0.0.1',
  });
  const app = await buildApp({ config, database }, { logger: false });
  const appUrl = await listenLocally(app);

  t = performance.now();
  const snapshot = await catalogueIndexFor(database.db).current();
  const indexMs = performance.now() - t;

  // The search alone, in process.
  const times: number[] = [];
  for (let round = 0; round < 100; round++) {
    for (const q of benchQueries) {
      const s = performance.now();
      searchCatalogue(snapshot.index, { q, limit: 20, offset: 0 });
      times.push(performance.now() - s);
    }
  }
  times.sort((a, b) => a - b);

  const paths = benchQueries.map((q) => `/api/procedures?q=${encodeURIComponent(q)}`);
  const sample = await fetch(`${appUrl}${paths[1]}`);
  const precomputed = await sample.text();
  const top = (JSON.parse(precomputed) as { items: { name: string }[] }).items[0]?.name;

  const bare = Fastify({ logger: false });
  bare.get('/api/procedures', (_req, reply) =>
    reply.type('application/json; charset=utf-8').send(precomputed),
  );
  const bareUrl = await listenLocally(bare);

  const runs: [string, Awaited<ReturnType<typeof load>>][] = [];
  for (const connections of [10, 50]) {
    runs.push([`app, ${connections} connections`, await load({ url: appUrl, paths, connections, duration })]);
    runs.push([
      `bare Fastify, ${connections} connections`,
      await load({ url: bareUrl, paths, connections, duration }),
    ]);
  }
  // The same route without a query (browse by field and name): the framework, rate limit and serialisation alone.
  const browse = [
    '/api/procedures?limit=20',
    '/api/procedures?limit=20&offset=20',
    '/api/procedures?limit=20&field=HT',
  ];
  runs.push([
    'app, no q (browse), 10 connections',
    await load({ url: appUrl, paths: browse, connections: 10, duration }),
  ]);
  // A realistic portal load (a province's citizens searching): latency when the server is not saturated.
  runs.push([
    'app, fixed 100 req/s, 4 connections',
    await load({ url: appUrl, paths, connections: 4, duration, overallRate: 100 }),
  ]);
  runs.push([
    'app, fixed 500 req/s, 10 connections',
    await load({ url: appUrl, paths, connections: 10, duration, overallRate: 500 }),
  ]);

  await bare.close();
  await app.close();
  await database.close();

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `catalogue search benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}`,
  );
  console.log(`node ${process.version}, PGlite in memory; catalogue: ${source}`);
  console.log(
    `procedures: ${procedureCount} (imported ${imported.created} in ${(importMs / 1000).toFixed(1)} s); ` +
      `index built in ${indexMs.toFixed(0)} ms from ${snapshot.index.size} versions in force`,
  );
  console.log(`"${benchQueries[1]}" → first: ${top}`);
  console.log(
    `in-memory search (${benchQueries.length} queries × 100): p50 ${(percentile(times, 50) * 1000).toFixed(0)} µs, ` +
      `p99 ${(percentile(times, 99) * 1000).toFixed(0)} µs, max ${(times[times.length - 1]! * 1000).toFixed(0)} µs`,
  );
  console.log('');
  console.log(
    'target                                     req/s     p50 ms   p99 ms   non-2xx  errors   server loop delay p99/max ms',
  );
  for (const [name, f] of runs) {
    console.log(
      `${name.padEnd(40)} ${f.rps.toFixed(0).padStart(7)} ${f.p50.toFixed(1).padStart(9)} ${f.p99.toFixed(1).padStart(8)} ` +
        `${String(f.non2xx).padStart(9)} ${String(f.errors).padStart(7)}   ${f.loopP99.toFixed(0)}/${f.loopMax.toFixed(0)}`,
    );
  }
  for (const c of [10, 50]) {
    const a = runs.find(([n]) => n === `app, ${c} connections`)![1];
    const b = runs.find(([n]) => n === `bare Fastify, ${c} connections`)![1];
    console.log(
      `app / ceiling at ${c} connections: ${((100 * a.rps) / b.rps).toFixed(0)}% of the requests per second`,
    );
  }
}

if (process.argv[2] === '--client') {
  const job = JSON.parse(process.argv[3] ?? '{}') as ClientJob;
  finishClient(runClient(job));
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}

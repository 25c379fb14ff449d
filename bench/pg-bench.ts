/**
 * Shared parts of the PostgreSQL benchmarks (bench/dossier-intake.ts, bench/tracking.ts): a fresh database on the
 * server named by BENCH_DATABASE_URL (or TEST_DATABASE_URL), migrated and holding the demo data, dropped at the end;
 * the real application in its production configuration on that database; a logged-in reception officer; and
 * autocannon run in a child process (so the client does not share the server's event loop), reporting requests per
 * second, p50 and p99.
 *
 * The server trusts X-Forwarded-For from 127.0.0.1, as behind a reverse proxy, and each request carries its own
 * client address: the per-address rate limits stay in the path without throttling the run.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../src/config.js';
import { kyselyOnPostgres, type DatabaseHandle } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { buildApp } from '../src/http/app.js';
import { loadDemoDataOnce } from '../src/services/demo-data/index.js';
import { birthRegistrationBody, loginOverHttp } from '../test/over-http.js';
import {
  arg,
  clientFigures,
  finishClient,
  listenLocally,
  randomAddress,
  runChildClient,
  type ClientFigures,
} from './client.js';

export interface Figures extends ClientFigures {
  loopP99: number;
  /** CPU time of this process (the server under test) per request, in ms: user + system. */
  cpuPerRequest: number;
  /** CPU time of the PostgreSQL backends serving the bench database per request, in ms (when measured). */
  pgCpuPerRequest: number | null;
}

/** CPU milliseconds used so far by each PostgreSQL backend connected to the database (Linux /proc). */
async function backendCpu(db: DatabaseHandle['db']): Promise<Map<number, number>> {
  const { rows } = await sql<{ pid: number }>`
    select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`.execute(
    db,
  );
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime (fields 14 and 15 of the whole line), in clock ticks of 10 ms.
      out.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // Not on Linux, or the backend has just gone.
    }
  }
  return out;
}

export type ClientJob = {
  url: string;
  connections: number;
  duration: number;
  overallRate?: number;
} & (
  | {
      kind: 'intake';
      headers: Record<string, string>;
      /** Agency ids to receive at, in turn. */
      units: string[];
      /** First applicant number, so that every run has its own keys and applicants. */
      offset: number;
    }
  | { kind: 'track'; pairs: [string, string][] }
);

/** A complete birth registration by a new applicant (valid, invented CCCD and phone). */
export function intakeBody(n: number, unit: string): string {
  return birthRegistrationBody(n, unit, `bench-intake-${n}`);
}

async function runClient(job: ClientJob): Promise<ClientFigures> {
  let n = job.kind === 'intake' ? job.offset : 0;
  const request =
    job.kind === 'intake'
      ? {
          method: 'POST' as const,
          path: '/api/dossiers',
          setupRequest: (req: { headers?: Record<string, string> }) => {
            n += 1;
            return {
              ...req,
              headers: {
                ...req.headers,
                ...job.headers,
                'content-type': 'application/json',
                'x-forwarded-for': randomAddress(),
              },
              body: intakeBody(n, job.units[n % job.units.length]!),
            };
          },
        }
      : {
          method: 'GET' as const,
          path: '/',
          setupRequest: (req: { headers?: Record<string, string> }) => {
            n += 1;
            const [code, phone] = job.pairs[n % job.pairs.length]!;
            // Every other request gives the last 4 digits only.
            const typed = n % 2 === 0 ? phone : phone.slice(-4);
            return {
              ...req,
              path: `/api/track/${code}?phone=${encodeURIComponent(typed)}`,
              headers: { ...req.headers, 'x-forwarded-for': randomAddress() },
            };
          },
        };
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.duration,
    ...(job.overallRate ? { overallRate: job.overallRate } : {}),
    requests: [request],
  });
  return clientFigures(result);
}

/** Runs the client in a child process and measures this process's event-loop delay meanwhile. */
export async function load(job: ClientJob, db?: DatabaseHandle['db']): Promise<Figures> {
  const pgBefore = db ? await backendCpu(db) : undefined;
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const cpu = process.cpuUsage();
  // The job (thousands of code/phone pairs) goes over IPC, not the command line.
  const figures = await runChildClient<ClientFigures>(import.meta.url, ['--client'], job);
  loop.disable();
  const used = process.cpuUsage(cpu);
  let pgCpuPerRequest: number | null = null;
  if (db && pgBefore) {
    let ms = 0;
    for (const [pid, now] of await backendCpu(db)) ms += now - (pgBefore.get(pid) ?? 0);
    pgCpuPerRequest = ms / Math.max(1, figures.requests);
  }
  return {
    pgCpuPerRequest,
    ...figures,
    loopP99: loop.percentile(99) / 1e6,
    cpuPerRequest: (used.user + used.system) / 1000 / Math.max(1, figures.requests),
  };
}

export { arg, listenLocally };

export interface BenchDatabase {
  database: DatabaseHandle;
  name: string;
  /** The database's connection URL. */
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh database on the PostgreSQL server, migrated, with the demo data unless `demoData` is false; `drop()` closes
 * and removes it.
 */
export async function freshDatabase(poolSize = 10, { demoData = true } = {}): Promise<BenchDatabase> {
  const base = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server URL.');
  const name = `motcua_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = kyselyOnPostgres(url.toString(), poolSize);
  await migrate(database.db);
  if (demoData) await loadDemoDataOnce(database.db);
  return {
    database,
    name,
    url: url.toString(),
    async drop() {
      await database.close();
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/**
 * Runs a benchmark's body on a fresh database, dropped at the end whether the body succeeded or not; `duration` is
 * the seconds of a run (`--duration`, 10 by default). A failure is printed and ends the process with status 1.
 */
export function benchOnFreshDatabase(body: (bench: BenchDatabase, duration: number) => Promise<void>): void {
  const run = async () => {
    const duration = Number(arg('--duration') ?? 10);
    const bench = await freshDatabase();
    try {
      await body(bench, duration);
    } finally {
      await bench.drop();
    }
  };
  run().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}

/** Makes Đông Tiến's reception officer a reception officer of these units too; returns the officer's staff id. */
export async function receiveAtUnits(db: DatabaseHandle['db'], units: { id: string }[]): Promise<string> {
  const officer = await db
    .selectFrom('staff')
    .select('id')
    .where('username', '=', 'tiepnhan.dongtien')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('staff_roles')
    .values(units.map((u) => ({ staff_id: officer.id, role: 'reception_officer' as const, unit_id: u.id })))
    .onConflict((oc) => oc.doNothing())
    .execute();
  return officer.id;
}

/** The hotline secret of the benchmark's server (production refuses published values: one per run). */
export const BENCH_HOTLINE_SECRET = randomBytes(32).toString('hex');

/** The application as in production (no logging), listening on a free port; `env` adds settings (DATA_DIR…). */
export async function startApp(
  database: DatabaseHandle,
  env: Record<string, string> = {},
): Promise<{ app: FastifyInstance; url: string; config: Config }> {
  const config = loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    HOTLINE_SECRET: BENCH_HOTLINE_SECRET,
    LOG_LEVEL: 'silent',
    TRUST_PROXY: '127.0.0.1',
    ...env,
  });
  const app = await buildApp({ config, database }, { logger: false });
  return { app, url: await listenLocally(app), config };
}

/** Session cookie and CSRF header of a demo user (from a client address of its own). */
export function login(url: string, username: string): Promise<Record<string, string>> {
  return loginOverHttp(url, username, { 'x-forwarded-for': randomAddress() });
}

export async function serverVersion(database: DatabaseHandle): Promise<string> {
  const { rows } = await sql<{ server_version: string }>`show server_version`.execute(database.db);
  return rows[0]?.server_version ?? 'unknown';
}

export function header(title: string, pgVersion: string): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return [
    `${title} — ${new Date().toISOString().slice(0, 16)}Z, ${os.cpus().length} × ${cpu}, load average ${load}`,
    `node ${process.version}, PostgreSQL ${pgVersion} on the same machine`,
  ].join('\n');
}

export function table(runs: [string, Figures][]): string {
  const lines = [
    'run                                            req/s   p50 ms   p99 ms   non-2xx  errors  loop p99 ms  CPU ms/req: server  PostgreSQL',
  ];
  for (const [name, f] of runs) {
    lines.push(
      `${name.padEnd(44)} ${f.rps.toFixed(0).padStart(7)} ${f.p50.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)} ` +
        `${String(f.non2xx).padStart(9)} ${String(f.errors).padStart(7)} ${f.loopP99.toFixed(0).padStart(12)} ` +
        `${f.cpuPerRequest.toFixed(2).padStart(19)} ${(f.pgCpuPerRequest?.toFixed(2) ?? '—').padStart(11)}`,
    );
  }
  return lines.join('\n');
}

if (process.argv[2] === '--client') {
  process.once('message', (job: ClientJob) => finishClient(runClient(job)));
}

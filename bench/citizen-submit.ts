/**
 * The citizen's online submission on PostgreSQL:
 * `BENCH_DATABASE_URL=postgres://… npx tsx bench/citizen-submit.ts [--duration 10] [--citizens 50] [--rate 50]`.
 *
 * A fresh database (migrated, demo data), the real application in production configuration with its file store in a
 * temporary DATA_DIR; `--citizens` signed-in citizens (sessions opened directly, as a verified code would), each in a
 * loop: a draft of a birth registration at Đông Tiến → its answers, form and applicant → two uploads of 1 MB (each
 * its own content, so every upload is written) → one paper reused from "Giấy tờ của tôi" → submit. One submission is
 * those six requests; its latency is the whole loop. Each citizen submits once before the measurement (the paper to
 * reuse, a warm server). Server memory: the resident set sampled every 100 ms, before and during the run.
 * `--rate N` (default 50; 0: none) adds a run at N submissions started a second (open loop: a submission due while
 * every citizen is busy waits, and the wait counts in its latency), for the latency at the target rate. Each row
 * also gives the CPU milliseconds per submission of the server (this process), PostgreSQL's backends and the client
 * process: on a machine shared with other work they say more than the rate.
 *
 * The ceiling, in the same run: the same client uploading the same two files per "submission" to a bare Fastify
 * route on the same machine that streams each to the same kind of file store (hash, fsync, rename) — no session,
 * no database, no checks. The ratio says how much of the storage path the whole submission keeps.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import multipart from '@fastify/multipart';
import { FileStore } from '../src/adapters/storage/file-store.js';
import { inTransaction } from '../src/db/transaction.js';
import { csrfToken } from '../src/http/auth/csrf.js';
import { createCitizenSession, phoneIdentity } from '../src/services/citizen/sessions.js';
import { arg, finishClient, runChildClient } from './client.js';
import {
  backendCpu,
  freshDatabase,
  header,
  serverVersion,
  startApp,
  type BenchDatabase,
} from './pg-bench.js';

const BIRTH = '1.001193';
const UNIT = 'H56.10.01';
const MB = 1024 * 1024;

interface Citizen {
  headers: Record<string, string>;
  /** Their own (invented, well-formed) ID number. */
  idNumber: string;
  /** A document of "Giấy tờ của tôi" to reuse (set after the warm-up submission). */
  reuse?: string;
}

interface Job {
  kind: 'submit' | 'ceiling' | 'warm';
  url: string;
  duration: number;
  citizens: Citizen[];
  /** Submissions started per second (open loop, each by a citizen free at the time); none: as fast as they go. */
  rate?: number;
}

interface ClientResult {
  submissions: number;
  failures: number;
  firstFailure: string | null;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  reuse: (string | undefined)[];
  /** CPU time of the client process during the run, in ms. */
  cpuMs: number;
}

/** A PDF of exactly 1 MB whose bytes are its own (a fresh random run after the header). */
function pdf(): Buffer {
  const head = Buffer.from(`%PDF-1.4\n% ${randomBytes(16).toString('hex')}\n`);
  return Buffer.concat([head, Buffer.alloc(MB - head.length, 0x20)]);
}

function multipartBody(fileName: string, data: Buffer) {
  const boundary = `----motcua${randomBytes(8).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

async function request(url: string, init: RequestInit & { expect: number }): Promise<unknown> {
  const res = await fetch(url, init);
  const text = await res.text();
  if (res.status !== init.expect) throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${text}`);
  return text ? (JSON.parse(text) as unknown) : null;
}

/** One whole submission by `c`; the paper reused afterwards (from "Giấy tờ của tôi") when it had none. */
async function submitOnce(base: string, c: Citizen): Promise<string | undefined> {
  const json = { ...c.headers, 'content-type': 'application/json' };
  const draft = (await request(`${base}/api/citizen/drafts`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ procedureCode: BIRTH, unit: UNIT }),
    expect: 201,
  })) as { id: string };
  const at = `${base}/api/citizen/drafts/${draft.id}`;
  await request(at, {
    method: 'PUT',
    headers: json,
    body: JSON.stringify({
      answers: { uy_quyen: 'no', tre_bo_roi: 'no', mang_thai_ho: 'no', sinh_ngoai_co_so_y_te: 'no' },
      form: [
        { key: 'relation', value: 'Mẹ' },
        { key: 'childName', value: 'Nguyễn Minh An' },
        { key: 'childSex', value: 'Nam' },
        { key: 'childBirthDate', value: '01/11/2026' },
        { key: 'birthPlace', value: 'Trạm y tế xã Đông Tiến' },
        { key: 'childEthnicity', value: 'Kinh' },
        { key: 'childNationality', value: 'Việt Nam' },
      ],
      applicant: { name: 'Lê Thị Hoa', idNumber: c.idNumber, address: 'thôn Thượng, xã Đông Tiến' },
    }),
    expect: 200,
  });
  for (const position of [1, 2]) {
    const { body, type } = multipartBody(`giay-to-${position}.pdf`, pdf());
    await request(`${at}/files?position=${position}`, {
      method: 'POST',
      headers: { ...c.headers, 'content-type': type },
      body,
      expect: 201,
    });
  }
  if (c.reuse) {
    await request(`${at}/files/reuse`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ position: 3, documentId: c.reuse }),
      expect: 201,
    });
  } else {
    const { body, type } = multipartBody('giay-to-3.pdf', pdf());
    await request(`${at}/files?position=3`, {
      method: 'POST',
      headers: { ...c.headers, 'content-type': type },
      body,
      expect: 201,
    });
  }
  await request(`${at}/submit`, { method: 'POST', headers: c.headers, expect: 201 });
  if (c.reuse) return c.reuse;
  const docs = (await request(`${base}/api/citizen/documents`, { headers: c.headers, expect: 200 })) as {
    items: { id: string }[];
  };
  return docs.items[0]?.id;
}

/** The ceiling's "submission": the same two uploads to the bare route. */
async function uploadTwice(base: string): Promise<undefined> {
  for (const position of [1, 2]) {
    const { body, type } = multipartBody(`giay-to-${position}.pdf`, pdf());
    await request(`${base}/upload`, { method: 'POST', headers: { 'content-type': type }, body, expect: 201 });
  }
  return undefined;
}

async function runClient(job: Job): Promise<ClientResult> {
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | null = null;
  const reuse: (string | undefined)[] = job.citizens.map((c) => c.reuse);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const until = started + job.duration * 1000;
  /** One submission by citizen `i`, its latency counted from `from` (its scheduled start when a rate is set). */
  const once = async (i: number, from: number) => {
    try {
      const c = job.citizens[i]!;
      reuse[i] = job.kind === 'ceiling' ? await uploadTwice(job.url) : await submitOnce(job.url, c);
      latencies.push(performance.now() - from);
    } catch (err) {
      failures++;
      firstFailure ??= String(err).slice(0, 300);
    }
  };
  if (job.rate) {
    // Open loop: submission n is due at n / rate; it waits for a free citizen, and that wait counts in its latency.
    const free = job.citizens.map((_, i) => i);
    const waiting: ((i: number) => void)[] = [];
    const release = (i: number) => (waiting.length ? waiting.shift()!(i) : free.push(i));
    const runs: Promise<void>[] = [];
    for (let n = 0; started + (n * 1000) / job.rate < until; n++) {
      const due = started + (n * 1000) / job.rate;
      await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
      const i = free.length ? free.shift()! : await new Promise<number>((r) => waiting.push(r));
      runs.push(once(i, due).finally(() => release(i)));
    }
    await Promise.all(runs);
  } else {
    await Promise.all(
      job.citizens.map(async (_, i) => {
        do await once(i, performance.now());
        while (job.kind !== 'warm' && performance.now() < until);
      }),
    );
  }
  const elapsed = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    submissions: latencies.length,
    failures,
    firstFailure,
    perSecond: latencies.length / elapsed,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    reuse,
    cpuMs: (used.user + used.system) / 1000,
  };
}

/** Samples this process's resident set every 100 ms while `run` goes on: the peak, in MB. */
async function peakRss<T>(run: Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    const result = await run;
    return { result, peak: Math.max(peak, process.memoryUsage().rss) / MB };
  } finally {
    clearInterval(timer);
  }
}

interface Measured extends ClientResult {
  /** CPU ms per submission: this process (the server), PostgreSQL's backends (null: not measured), the client. */
  cpu: { server: number; pg: number | null; client: number };
}

/** A client run in a child process, with the CPU it cost per submission (`db`: PostgreSQL's share too). */
async function measured(job: Job, db?: BenchDatabase['database']['db']): Promise<Measured> {
  const pgBefore = db && (await backendCpu(db));
  const cpu = process.cpuUsage();
  const r = await runChildClient<ClientResult>(import.meta.url, ['--citizen-client'], job);
  const used = process.cpuUsage(cpu);
  let pg: number | null = null;
  if (db && pgBefore) {
    pg = 0;
    for (const [pid, now] of await backendCpu(db)) pg += now - (pgBefore.get(pid) ?? 0);
  }
  const per = (ms: number) => ms / Math.max(1, r.submissions + r.failures);
  return {
    ...r,
    cpu: {
      server: per((used.user + used.system) / 1000),
      pg: pg === null ? null : per(pg),
      client: per(r.cpuMs),
    },
  };
}

const row = (name: string, r: Measured, extra = '') =>
  [
    name.padEnd(38),
    r.perSecond.toFixed(1).padStart(7),
    ...[r.p50, r.p95, r.p99].map((v) => v.toFixed(0).padStart(7)),
    String(r.submissions).padStart(6),
    String(r.failures).padStart(5),
    [r.cpu.server, r.cpu.pg, r.cpu.client]
      .map((v) => (v === null ? '–' : v.toFixed(1)))
      .join(' · ')
      .padStart(20),
    ` ${extra}`,
  ].join(' ');

async function main() {
  const duration = Number(arg('--duration') ?? 10);
  const count = Number(arg('--citizens') ?? 50);
  const rate = Number(arg('--rate') ?? 50);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'motcua-bench-'));
  const bench = await freshDatabase(20);
  const { db } = bench.database;
  try {
    const { app, url, config } = await startApp(bench.database, { DATA_DIR: dataDir });
    const citizens: Citizen[] = [];
    for (let i = 0; i < count; i++) {
      const phone = `+849${String(10_000_000 + i).padStart(8, '0')}`;
      const s = await inTransaction(db, (trx) =>
        createCitizenSession(trx, phoneIdentity(phone), {
          ip: null,
          userAgent: null,
          now: Date.now(),
        }),
      );
      const csrf = csrfToken(config.sessionSecret, s.id, s.csrfSecret);
      citizens.push({
        idNumber: `038195${String(100_000 + i)}`,
        headers: { cookie: `motcua_citizen=${s.token}; motcua_citizen_csrf=${csrf}`, 'x-citizen-csrf': csrf },
      });
    }
    // Warm-up: one submission each (three uploads), which also gives each citizen a paper to reuse.
    const warm = await runChildClient<ClientResult>(import.meta.url, ['--citizen-client'], {
      kind: 'warm',
      url,
      duration: 0,
      citizens,
    } satisfies Job);
    if (warm.failures) throw new Error(`warm-up: ${warm.firstFailure}`);
    warm.reuse.forEach((id, i) => (citizens[i]!.reuse = id));

    global.gc?.();
    const before = process.memoryUsage().rss / MB;
    const { result: submit, peak } = await peakRss(measured({ kind: 'submit', url, duration, citizens }, db));
    const after = process.memoryUsage().rss / MB;
    // At the target rate (open loop): the latency a citizen sees when the server is not saturated.
    const atRate = rate > 0 ? await measured({ kind: 'submit', url, duration, citizens, rate }, db) : null;
    await app.close();

    // The ceiling: the bare storage route, the same client.
    const store = new FileStore(await mkdtemp(path.join(os.tmpdir(), 'motcua-bench-bare-')));
    const bare = Fastify({ logger: false, bodyLimit: 11 * MB });
    await bare.register(multipart);
    bare.post('/upload', async (req, reply) => {
      const part = await req.file();
      if (!part) return reply.status(400).send();
      const saved = await store.save(part.file, 10 * MB);
      return reply.status(201).send({ sha256: saved.sha256 });
    });
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`;
    const ceiling = await measured({
      kind: 'ceiling',
      url: bareUrl,
      duration,
      citizens: citizens.map(() => ({ headers: {}, idNumber: '' })),
    });
    await bare.close();
    await rm(store.root, { recursive: true, force: true });

    console.log(
      header(
        'Citizen online submission (two 1 MB uploads + one reused paper)',
        await serverVersion(bench.database),
      ),
    );
    console.log(`${count} citizens, ${duration} s each run`);
    console.log(
      'run                                     subm/s  p50 ms  p95 ms  p99 ms  count fail  CPU ms/subm: server · PG · client',
    );
    console.log(
      row(
        'submit, as fast as they go',
        submit,
        `server RSS ${before.toFixed(0)} MB → peak ${peak.toFixed(0)} MB (growth ${(peak - before).toFixed(0)} MB), ${after.toFixed(0)} MB after`,
      ),
    );
    if (atRate) console.log(row(`submit, ${rate}/s offered`, atRate));
    console.log(row('ceiling: 2 bare uploads to the store', ceiling));
    console.log(
      `ratio to the ceiling: ${((100 * submit.perSecond) / Math.max(1e-9, ceiling.perSecond)).toFixed(0)} %`,
    );
    for (const r of [submit, atRate, ceiling])
      if (r?.firstFailure) console.log(`first failure: ${r.firstFailure}`);
  } finally {
    await bench.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

// Not '--client': pg-bench.ts, imported here, answers that flag with its own client.
if (process.argv[2] === '--citizen-client') {
  process.once('message', (job: Job) => finishClient(runClient(job)));
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}

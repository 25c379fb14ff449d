/**
 * Hotline events on PostgreSQL: `BENCH_DATABASE_URL=postgres://… npx tsx bench/hotline-events.ts [--rate 200]
 * [--seconds 20]`.
 *
 * A fresh database (migrated, demo data), dropped at the end; the application in production configuration on it,
 * with one operator console connected to GET /api/hotline/live. Signed call events (ringing → answered →
 * transferred → hang-up, 50 calls in flight, each call's events 250 ms apart) are posted open-loop at the given rate
 * to POST /api/hotline/events. Measured: the ingest rate achieved, the response time, and for every event the time
 * from sending it until the console has read its `call` frame (p50, p99, max). Then the same schedule against a bare
 * Fastify route that only inserts the event row (the ceiling: no signature, no fold, no NOTIFY), and both routes
 * closed-loop with 20 senders for the most events per second each sustains. The senders run in this process too.
 */
import http from 'node:http';
import Fastify from 'fastify';
import { signEvent } from '../src/services/hotline/signature.js';
import { storeEventOnce } from '../src/services/hotline/events.js';
import type { CallEvent } from '../src/domain/hotline/views.js';
import {
  arg,
  BENCH_HOTLINE_SECRET as SECRET,
  freshDatabase,
  header,
  listenLocally,
  login,
  serverVersion,
  startApp,
} from './pg-bench.js';

const LINE = '0237 3899 001';
const IN_FLIGHT = 50;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

/** The `k`-th event (0–3) of call `c` of this run. */
function eventOf(run: string, c: number, k: number, now: number): CallEvent {
  const callId = `bench-${run}-${c}`;
  const at = new Date(now + k * 1000).toISOString();
  switch (k) {
    case 0:
      return {
        callId,
        event: 'ringing',
        at,
        caller: `09${String(10_000_000 + c).padStart(8, '0')}`,
        called: LINE,
      };
    case 1:
      return { callId, event: 'answered', at, extension: '200' };
    case 2:
      return { callId, event: 'transferred', at, extension: '200', toExtension: c % 2 ? '211' : '213' };
    default:
      return { callId, event: 'hangup', at, durationSeconds: 3 };
  }
}

/** Slot s of the open-loop schedule: 50 calls in flight, each call's 4 events a quarter of a second apart. */
const slotEvent = (s: number) => ({
  call: Math.floor(s / (4 * IN_FLIGHT)) * IN_FLIGHT + (s % IN_FLIGHT),
  k: Math.floor((s % (4 * IN_FLIGHT)) / IN_FLIGHT),
});

async function post(url: string, event: CallEvent) {
  const body = JSON.stringify(event);
  const ts = Math.floor(Date.now() / 1000);
  const res = await fetch(`${url}/api/hotline/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-motcua-timestamp': String(ts),
      'x-motcua-signature': signEvent(SECRET, ts, body),
    },
    body,
  });
  return {
    status: res.status,
    body: await res.text(),
    retryAfter: Number(res.headers.get('retry-after') ?? 1),
  };
}

/** As a PBX bridge does: an event refused as busy (503, Retry-After) is sent again after the pause, up to 10 times. */
async function postResending(url: string, event: CallEvent, resent: { n: number }) {
  let answer = await post(url, event);
  for (let i = 0; answer.status === 503 && i < 10; i++) {
    resent.n++;
    await new Promise((r) => setTimeout(r, answer.retryAfter * 1000));
    answer = await post(url, event);
  }
  return answer;
}

interface OpenLoop {
  sent: number;
  ok: number;
  failed: number;
  seconds: number;
  responseMs: number[];
  /** Answers other than 200 (after resending the busy ones), by status (0: no answer). */
  refused: Map<number, number>;
  /** Events refused as busy (503) and sent again. */
  resent: { n: number };
  /** Per call id (from the answer): the send time of each accepted event, in send order. */
  sentAt: Map<string, number[]>;
}

async function openLoop(url: string, run: string, rate: number, seconds: number): Promise<OpenLoop> {
  const total = Math.floor(rate * seconds);
  const now = Date.now();
  const result: OpenLoop = {
    sent: 0,
    ok: 0,
    failed: 0,
    seconds: 0,
    responseMs: [],
    refused: new Map(),
    resent: { n: 0 },
    sentAt: new Map(),
  };
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let s = 0; s < total; s++) {
    const wait = start + (s * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const { call, k } = slotEvent(s);
    const sent = performance.now();
    result.sent++;
    pending.push(
      postResending(url, eventOf(run, call, k, now + call * 10), result.resent).then(
        ({ status, body }) => {
          result.responseMs.push(performance.now() - sent);
          if (status !== 200) {
            result.failed++;
            result.refused.set(status, (result.refused.get(status) ?? 0) + 1);
            return;
          }
          result.ok++;
          const id = (JSON.parse(body) as { call?: { id: string } | null }).call?.id;
          if (id) {
            const list = result.sentAt.get(id) ?? [];
            list[k] = sent;
            result.sentAt.set(id, list);
          }
        },
        () => {
          result.failed++;
          result.refused.set(0, (result.refused.get(0) ?? 0) + 1);
        },
      ),
    );
  }
  await Promise.all(pending);
  result.seconds = (performance.now() - start) / 1000;
  return result;
}

async function closedLoop(url: string, run: string, workers: number, seconds: number): Promise<number> {
  const until = performance.now() + seconds * 1000;
  const now = Date.now();
  let done = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let c = w; performance.now() < until; c += workers) {
        for (let k = 0; k < 4 && performance.now() < until; k++) {
          if ((await post(url, eventOf(run, c, k, now))).status === 200) done++;
        }
      }
    }),
  );
  return done / seconds;
}

/** The operator console: call frames by call id, in arrival order. */
function connectConsole(url: string, headers: Record<string, string>) {
  const frames = new Map<string, number[]>();
  return new Promise<{ frames: Map<string, number[]>; close(): void }>((resolve, reject) => {
    const req = http.get(
      `${url}/api/hotline/live`,
      { headers: { cookie: headers.cookie! }, agent: false },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`console: ${res.statusCode}`));
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          const now = performance.now();
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (frame.includes(': connected')) resolve({ frames, close: () => req.destroy() });
            if (frame.includes('event: call')) {
              const data = JSON.parse(frame.slice(frame.indexOf('data: ') + 6)) as { id: string };
              const list = frames.get(data.id) ?? [];
              list.push(now);
              frames.set(data.id, list);
            }
          }
        });
      },
    );
    req.on('error', reject);
  });
}

async function main() {
  const rate = Number(arg('--rate') ?? 200);
  const seconds = Number(arg('--seconds') ?? 20);
  const bench = await freshDatabase(10);
  const { db } = bench.database;
  const a = await startApp(bench.database);
  const bare = Fastify({ logger: false });
  bare.post('/api/hotline/events', async (request) => {
    const e = request.body as CallEvent;
    const row = await storeEventOnce(db, e, e.at);
    return { duplicate: !row };
  });
  const bareUrl = await listenLocally(bare);
  const consoleView = await connectConsole(a.url, await login(a.url, 'tongdai.dongtien'));
  try {
    const motcua = await openLoop(a.url, 'open', rate, seconds);
    await new Promise((r) => setTimeout(r, 1000));
    const latencies: number[] = [];
    let missing = 0;
    for (const [id, sent] of motcua.sentAt) {
      const seen = consoleView.frames.get(id) ?? [];
      sent.forEach((at, k) => {
        const frame = seen[k];
        if (frame === undefined) missing++;
        else latencies.push(frame - at);
      });
    }
    latencies.sort((x, y) => x - y);
    const ceiling = await openLoop(bareUrl, 'bare', rate, seconds);
    const motcuaMax = await closedLoop(a.url, 'closed', 20, 10);
    const bareMax = await closedLoop(bareUrl, 'bareclosed', 20, 10);
    const fmt = (n: number) => n.toFixed(1);
    const response = (r: OpenLoop) => {
      const sorted = [...r.responseMs].sort((x, y) => x - y);
      const why = [...r.refused].map(([status, n]) => `${n} × ${status || 'no answer'}`).join(', ');
      return `${r.ok}/${r.sent} accepted (${r.failed} failed${why ? `: ${why}` : ''}; ${r.resent.n} resent after 503) in ${fmt(r.seconds)} s = ${fmt(r.ok / r.seconds)}/s; response p50 ${fmt(quantile(sorted, 0.5))} ms, p99 ${fmt(quantile(sorted, 0.99))} ms`;
    };
    process.stdout.write(
      [
        header(
          'Hotline events with an operator console connected (SSE)',
          await serverVersion(bench.database),
        ),
        `open loop at ${rate} events/s for ${seconds} s (${IN_FLIGHT} calls in flight, 4 events each)`,
        `  POST /api/hotline/events: ${response(motcua)}`,
        `  event → console frame: ${latencies.length} frames, ${missing} missing; p50 ${fmt(quantile(latencies, 0.5))} ms, p99 ${fmt(quantile(latencies, 0.99))} ms, max ${fmt(latencies.at(-1) ?? NaN)} ms`,
        `  bare Fastify insert (ceiling): ${response(ceiling)}`,
        `closed loop, 20 senders, 10 s: motcua ${fmt(motcuaMax)} events/s, bare insert ${fmt(bareMax)} events/s`,
        '',
      ].join('\n'),
    );
  } finally {
    consoleView.close();
    await bare.close();
    await a.app.close();
    await bench.drop();
  }
}

await main();

/**
 * Lobby displays on PostgreSQL: `BENCH_DATABASE_URL=postgres://… npx tsx bench/lobby-display.ts [--displays 500]
 * [--calls 20]`.
 *
 * A fresh database (migrated, demo data), dropped at the end; two instances of the application in production
 * configuration on it, as behind a load balancer. Half the displays (SSE streams of the commune's lobby, each from
 * its own client address) connect to instance A, half to B; an officer at counter 1 calls on instance B, so every
 * call reaches A's displays through PostgreSQL NOTIFY. For each call: the time from sending POST /api/queue/call-next
 * until each display has read the `call` event; prints p50, p99 and max over every (call, display) pair, and how
 * many database connections listen (one per instance, whatever the number of displays).
 */
import http from 'node:http';
import { sql } from 'kysely';
import { issueTicket } from '../src/services/queue/tickets.js';
import { arg, freshDatabase, header, login, serverVersion, startApp } from './pg-bench.js';

const UNIT = 'H56.10.01';

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

interface Display {
  /** ticketId → time the call event was read. */
  seen: Map<string, number>;
  close(): void;
}

function connectDisplay(url: string, n: number): Promise<Display> {
  return new Promise((resolve, reject) => {
    const seen = new Map<string, number>();
    const req = http.get(
      `${url}/api/public/queue/${UNIT}/events`,
      { headers: { 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` }, agent: false },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`display ${n}: ${res.statusCode}`));
        let buffer = '';
        let ready = false;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (frame.includes('event: snapshot') && !ready) {
              ready = true;
              resolve({ seen, close: () => req.destroy() });
            }
            if (frame.includes('event: call')) {
              const data = JSON.parse(frame.slice(frame.indexOf('data: ') + 6)) as { ticketId: string };
              seen.set(data.ticketId, performance.now());
            }
          }
        });
      },
    );
    req.on('error', (err) => (seen.size === 0 ? reject(err) : undefined));
  });
}

async function main() {
  const displays = Number(arg('--displays') ?? 500);
  const calls = Number(arg('--calls') ?? 20);
  const bench = await freshDatabase();
  const { db } = bench.database;
  const a = await startApp(bench.database);
  const b = await startApp(bench.database);
  const open: Display[] = [];
  try {
    const unit = await db
      .selectFrom('units')
      .select('id')
      .where('agency_id', '=', UNIT)
      .executeTakeFirstOrThrow();
    for (let i = 0; i < calls; i++)
      await issueTicket(db, { unitId: unit.id, fieldCode: 'HT', source: 'kiosk' });
    const connectStart = performance.now();
    for (let i = 0; i < displays; i += 50) {
      const batch = Array.from({ length: Math.min(50, displays - i) }, (_, k) =>
        connectDisplay((i + k) % 2 === 0 ? a.url : b.url, i + k + 1),
      );
      open.push(...(await Promise.all(batch)));
    }
    const connectMs = performance.now() - connectStart;
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and query ilike 'listen%'`.execute(db);
    const officer = await login(b.url, 'tiepnhan.dongtien');
    const counters = (await (await fetch(`${b.url}/api/queue/console`, { headers: officer })).json()) as {
      counters: { id: string; number: number }[];
    };
    const counter = counters.counters.find((c) => c.number === 1)!;
    const post = (path: string) => fetch(`${b.url}${path}`, { method: 'POST', headers: officer });
    if ((await post(`/api/queue/counters/${counter.id}/sign-in`)).status !== 200) throw new Error('sign-in');

    const latencies: number[] = [];
    let missed = 0;
    for (let i = 0; i < calls; i++) {
      const sent = performance.now();
      const res = await post('/api/queue/call-next');
      if (res.status !== 200) throw new Error(`call-next ${res.status} ${await res.text()}`);
      const view = (await (await fetch(`${b.url}/api/queue/console`, { headers: officer })).json()) as {
        current: { id: string };
      };
      const id = view.current.id;
      const deadline = performance.now() + 5000;
      while (open.some((d) => !d.seen.has(id)) && performance.now() < deadline) {
        await new Promise((r) => setTimeout(r, 5));
      }
      for (const d of open) {
        const at = d.seen.get(id);
        if (at === undefined) missed++;
        else latencies.push(at - sent);
      }
      await post(`/api/queue/tickets/${id}/no-show`);
    }
    latencies.sort((x, y) => x - y);
    const fmt = (n: number) => n.toFixed(1);
    process.stdout.write(
      [
        header(
          'Lobby displays (SSE) on two instances, calls made on one',
          await serverVersion(bench.database),
        ),
        `${displays} displays (half on each instance) connected in ${fmt(connectMs)} ms; database connections LISTENing: ${rows[0]?.n ?? '?'}`,
        `${calls} calls × ${displays} displays = ${latencies.length} deliveries, ${missed} missed (5 s)`,
        `call → display latency: p50 ${fmt(quantile(latencies, 0.5))} ms, p99 ${fmt(quantile(latencies, 0.99))} ms, max ${fmt(latencies.at(-1) ?? NaN)} ms`,
        '',
      ].join('\n'),
    );
  } finally {
    for (const d of open) d.close();
    await a.app.close();
    await b.app.close();
    await bench.drop();
  }
}

await main();

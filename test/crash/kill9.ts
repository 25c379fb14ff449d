/**
 * The crash test: the real server (src/main.ts) on a PostgreSQL database, receiving dossiers from a logged-in
 * reception officer under load while its outbox sends each receipt's SMS to a local HTTP brandname gateway (rate
 * limited like a real one), killed with SIGKILL mid-stream a few times and started again. Then it checks that every
 * dossier the server acknowledged (201) exists with its notice, that every such notice was sent, and counts the
 * SMS the gateway received more than once (the duplicate window; the gateway would drop them by the message id that
 * `{{id}}` gives it, so the figure is what a gateway without that check would send twice).
 *
 * Used by the integration test (test/crash/kill9.int.test.ts, small) and the benchmark (bench/crash-kill9.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { kyselyOnPostgres } from '../../src/db/connection.js';
import { birthRegistrationBody, loginOverHttp } from '../over-http.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CrashOptions {
  /** A migrated database with the demo data, which the run may write to. */
  databaseUrl: string;
  /** How many times the server is killed. */
  kills: number;
  /** How long the load runs before each kill (the kill comes at a random instant in the second half). */
  roundMs: number;
  /** Intake requests in flight at once. */
  clients: number;
  /** The gateway's rate limit in the server (NOTIFY_HTTP_SMS_RATE), messages per second. */
  smsRate: number;
  /** The outbox lease (NOTIFY_LEASE_SECONDS). */
  leaseSeconds: number;
  log?: (line: string) => void;
}

export interface CrashReport {
  kills: number;
  acknowledged: number;
  /** Requests that got no answer (the server died under them): the dossier may or may not exist. */
  unanswered: number;
  /** Acknowledged dossiers missing from the database, or without their notice, or whose notice was not sent. */
  lostDossiers: string[];
  lostNotices: string[];
  unsentNotices: string[];
  /** SMS the gateway received; distinct message ids; ids received more than once (and the extra copies). */
  gatewayRequests: number;
  gatewayDistinct: number;
  duplicatedMessages: number;
  extraCopies: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** A brandname gateway on loopback: answers each SMS after a few milliseconds and counts them by message id. */
async function startGateway(): Promise<{ url: string; counts: Map<string, number>; close(): Promise<void> }> {
  const counts = new Map<string, number>();
  let n = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const { id } = JSON.parse(body) as { id: string };
      counts.set(id, (counts.get(id) ?? 0) + 1);
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: 'ok', ref: `gw-${++n}` }));
      }, 5);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${addr.port}/sms`,
    counts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function startServer(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

async function waitHealthy(url: string, server: { child: ChildProcess; output: () => string }) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (server.child.exitCode !== null) throw new Error('server exited early:\n' + server.output());
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('server did not start:\n' + server.output());
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function runCrashTest(o: CrashOptions): Promise<CrashReport> {
  const log = o.log ?? (() => {});
  const gateway = await startGateway();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    DATABASE_URL: o.databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    NODE_ENV: 'development',
    LOG_LEVEL: 'error',
    SEED_DEMO: 'false',
    SWEEP_MINUTES: '0',
    NOTIFY_PROVIDERS: 'http-sms',
    NOTIFY_HTTP_SMS_URL: gateway.url,
    NOTIFY_HTTP_SMS_BODY: '{"to":"{{to}}","text":"{{text}}","id":"{{id}}"}',
    NOTIFY_HTTP_SMS_REF_PATTERN: '"ref":"([^"]+)"',
    NOTIFY_HTTP_SMS_RATE: String(o.smsRate),
    NOTIFY_LEASE_SECONDS: String(o.leaseSeconds),
  };
  const handle = kyselyOnPostgres(o.databaseUrl, 2);
  const { db } = handle;
  const run = Math.random().toString(36).slice(2, 8);
  const acked: string[] = [];
  let unanswered = 0;
  let n = 0;
  let headers: Record<string, string> | undefined;
  let running: ChildProcess | undefined;
  // The run may fall in quiet hours (21:00–07:00 in Vietnam), which would hold every receipt until morning and
  // leave nothing sending when the server is killed: held messages are made due at once.
  const release = setInterval(() => {
    void sql`update notifications set next_attempt_at = now(), last_error = null
      where status = 'created' and last_error like 'QUIET_HOURS:%'`
      .execute(db)
      .catch(() => {});
  }, 300);
  try {
    for (let round = 0; round <= o.kills; round++) {
      const server = startServer(env);
      running = server.child;
      await waitHealthy(url, server);
      headers ??= await loginOverHttp(url, 'tiepnhan.dongtien');
      const last = round === o.kills;
      let stop = false;
      const client = async () => {
        while (!stop) {
          const i = ++n;
          try {
            const res = await fetch(`${url}/api/dossiers`, {
              method: 'POST',
              headers: { ...headers, 'content-type': 'application/json' },
              body: birthRegistrationBody(i, 'H56.10.01', `crash-${run}-${i}`),
            });
            const body = (await res.json()) as { dossier?: { code: string } };
            if (res.status === 201 && body.dossier) acked.push(body.dossier.code);
            else if (!stop) throw new Error(`intake ${i}: ${res.status} ${JSON.stringify(body)}`);
          } catch (e) {
            if (e instanceof Error && e.message.startsWith('intake ')) throw e;
            unanswered += 1; // the server died under this request
          }
        }
      };
      const clients = Array.from({ length: o.clients }, client);
      const wait = last ? o.roundMs / 2 : o.roundMs / 2 + Math.random() * (o.roundMs / 2);
      await new Promise((r) => setTimeout(r, wait));
      const done = await sql<{ sent: number; leased: number; waiting: number }>`select
          count(*) filter (where status in ('sent', 'delivered'))::int as sent,
          count(*) filter (where status = 'sending')::int as leased,
          count(*) filter (where status in ('created', 'temporary_failure'))::int as waiting
        from notifications where event = 'dossier_received'`.execute(db);
      log(`round ${round + 1}: ${JSON.stringify(done.rows[0])}`);
      if (last) {
        stop = true;
        await Promise.all(clients);
        // Every acknowledged notice sent (those leased by a killed server come back when their lease ends). The
        // gateway takes smsRate a second, so the wait follows the backlog: it ends when the outbox stops making
        // progress for a lease and a half plus 30 s, not at a fixed time that a faster intake would outrun.
        let remaining = Number.POSITIVE_INFINITY;
        let progressAt = Date.now();
        for (;;) {
          const { rows } = await sql<{ n: number }>`select count(*)::int as n
            from notifications n join dossiers d on d.id = n.dossier_id
            where d.code = any(${acked}::text[]) and n.status not in ('sent', 'delivered')`.execute(db);
          const left = rows[0]!.n;
          if (left < remaining) [remaining, progressAt] = [left, Date.now()];
          if (left === 0 || Date.now() - progressAt > o.leaseSeconds * 1500 + 30_000) break;
          await new Promise((r) => setTimeout(r, 500));
        }
        const exited = new Promise((r) => server.child.once('exit', r));
        server.child.kill('SIGTERM');
        await exited;
      } else {
        const exited = new Promise((r) => server.child.once('exit', r));
        server.child.kill('SIGKILL');
        stop = true;
        await exited;
        await Promise.all(clients);
        log(`kill ${round + 1}: ${acked.length} acknowledged so far, ${gateway.counts.size} SMS received`);
      }
    }
    const found = acked.length
      ? await db
          .selectFrom('dossiers as d')
          .leftJoin('notifications as n', (j) =>
            j.onRef('n.dossier_id', '=', 'd.id').on('n.event', '=', 'dossier_received'),
          )
          .select(['d.code', 'n.id as notice', 'n.status'])
          .where('d.code', 'in', acked)
          .execute()
      : [];
    const byCode = new Map(found.map((f) => [f.code, f]));
    const copies = [...gateway.counts.values()];
    return {
      kills: o.kills,
      acknowledged: acked.length,
      unanswered,
      lostDossiers: acked.filter((c) => !byCode.has(c)),
      lostNotices: acked.filter((c) => byCode.has(c) && !byCode.get(c)!.notice),
      unsentNotices: acked.filter(
        (c) =>
          byCode.get(c)?.notice &&
          (!['sent', 'delivered'].includes(byCode.get(c)!.status ?? '') ||
            !gateway.counts.has(byCode.get(c)!.notice!)),
      ),
      gatewayRequests: copies.reduce((a, b) => a + b, 0),
      gatewayDistinct: copies.length,
      duplicatedMessages: copies.filter((c) => c > 1).length,
      extraCopies: copies.reduce((a, b) => a + Math.max(0, b - 1), 0),
    };
  } finally {
    clearInterval(release);
    // A failure mid-run must not leave the server running.
    if (running && running.exitCode === null && running.signalCode === null) running.kill('SIGKILL');
    await handle.close();
    await gateway.close();
  }
}

export function formatReport(r: CrashReport): string {
  return [
    `${r.kills} × kill -9 under load: ${r.acknowledged} dossiers acknowledged (${r.unanswered} requests unanswered when the server died)`,
    `lost: ${r.lostDossiers.length} dossiers, ${r.lostNotices.length} notices; not sent in the end: ${r.unsentNotices.length}`,
    `gateway: ${r.gatewayRequests} SMS for ${r.gatewayDistinct} messages — ${r.duplicatedMessages} sent more than once (${r.extraCopies} extra copies)`,
  ].join('\n');
}

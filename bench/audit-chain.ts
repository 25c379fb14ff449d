/**
 * What the audit log's hash chain costs on PostgreSQL: `BENCH_DATABASE_URL=postgres://… npx tsx bench/audit-chain.ts
 * [--duration 5] [--connections 10] [--rounds 3]`. A fresh migrated database; N connections each insert audit rows
 * one statement at a time, committed on their own (as auditRead and the desk intake's one-statement receipt do),
 * into `audit_log` while a sealer calls `audit_log_seal` every two seconds as the server does (migration 0030), and,
 * taking turns, into a copy of the table without any chain (the ceiling). Prints rows per second and the p99 of one
 * insert for each, the rows sealed per second of sealing work, the largest backlog seen and what was left unsealed
 * when the round ended (then sealed before the next); dropped at the end.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { arg, freshDatabase } from './pg-bench.js';

async function main() {
  const duration = Number(arg('--duration') ?? 5) * 1000;
  const connections = Number(arg('--connections') ?? 10);
  const rounds = Number(arg('--rounds') ?? 3);
  const bench = await freshDatabase(2, { demoData: false });
  const { url } = bench;
  try {
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    await setup.query(`create table audit_plain (like audit_log including defaults including identity);
      alter table audit_plain alter seq drop not null, alter prev_hash drop not null, alter hash drop not null`);
    await setup.end();

    const clients = await Promise.all(
      Array.from({ length: connections }, async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        return c;
      }),
    );
    const sealer = new pg.Client({ connectionString: url });
    await sealer.connect();
    const unsealed = async () =>
      Number(
        (await sealer.query<{ n: number }>('select count(*)::int as n from audit_log where seq is null'))
          .rows[0]!.n,
      );
    /** Seals every 2 s until `end` (again at once after a full batch), as src/services/audit/seal.ts does. */
    const sealUntil = async (end: number) => {
      let rows = 0;
      let busyMs = 0;
      let backlog = 0;
      while (Date.now() < end) {
        backlog = Math.max(backlog, await unsealed());
        const t0 = performance.now();
        const n = Number((await sealer.query<{ n: number }>('select audit_log_seal(5000) as n')).rows[0]!.n);
        busyMs += performance.now() - t0;
        rows += n;
        if (n < 5000) await new Promise((r) => setTimeout(r, Math.min(2_000, Math.max(0, end - Date.now()))));
      }
      return { rows, busyMs, backlog };
    };
    const run = async (table: string) => {
      const latencies: number[] = [];
      const end = Date.now() + duration;
      const sealing = table === 'audit_log' ? sealUntil(end) : undefined;
      await Promise.all(
        clients.map(async (c, i) => {
          while (Date.now() < end) {
            const t0 = performance.now();
            await c.query(
              `insert into ${table} (actor_id, actor_name, action, entity, entity_id, request_id, purpose, data)
               values (gen_random_uuid(), 'Nguyễn Văn A', 'dossier.read', 'dossier', $1, $2, 'dossier_handling', '{}')`,
              [`H56.10.01-261207-${String(i).padStart(4, '0')}`, randomBytes(8).toString('hex')],
            );
            latencies.push(performance.now() - t0);
          }
        }),
      );
      latencies.sort((a, b) => a - b);
      const sealed = await sealing;
      const left = table === 'audit_log' ? await unsealed() : 0;
      if (left > 0) await sealer.query('select audit_log_seal(1000000)');
      return {
        perSecond: Math.round(latencies.length / (duration / 1000)),
        p99: Math.round(latencies[Math.floor(latencies.length * 0.99)] ?? 0),
        sealRate: sealed && sealed.busyMs > 0 ? Math.round(sealed.rows / (sealed.busyMs / 1000)) : 0,
        backlog: sealed?.backlog ?? 0,
        left,
      };
    };
    process.stdout.write(
      `| round | audit_log rows/s (p99 ms) | sealed per second of sealing | largest backlog | left at the end | without any chain rows/s (p99 ms) | ratio |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n`,
    );
    for (let r = 1; r <= rounds; r++) {
      const chained = await run('audit_log');
      const plain = await run('audit_plain');
      const ratio = plain.perSecond > 0 ? (chained.perSecond / plain.perSecond).toFixed(2) : '—';
      process.stdout.write(
        `| ${r} | ${chained.perSecond} (${chained.p99}) | ${chained.sealRate} | ${chained.backlog} | ${chained.left} | ${plain.perSecond} (${plain.p99}) | ${ratio} |\n`,
      );
    }
    const chain = await sealer.query<{ n: number; unsealed: number }>(
      `select count(*)::int as n, count(*) filter (where seq is null)::int as unsealed from audit_log`,
    );
    process.stdout.write(`rows: ${chain.rows[0]!.n}, unsealed at the end: ${chain.rows[0]!.unsealed}\n`);
    await sealer.end();
    await Promise.all(clients.map((c) => c.end()));
  } finally {
    await bench.drop();
  }
}

await main();

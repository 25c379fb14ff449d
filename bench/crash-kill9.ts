/**
 * kill -9 under load on PostgreSQL, at a larger scale than the integration test (test/crash/kill9.int.test.ts runs
 * the same harness with three kills of a few seconds each): `BENCH_DATABASE_URL=postgres://… npx tsx
 * bench/crash-kill9.ts [--kills 5] [--round 20] [--clients 8] [--rate 30] [--lease 60]`.
 *
 * The real server on a fresh database with the demo data; a reception officer's intakes under load; each receipt's
 * SMS to a local HTTP gateway at `--rate` messages per second; the server killed with SIGKILL at a random instant of
 * each round and started again. Prints what was acknowledged, lost (must be 0) and sent twice (the duplicate
 * window, docs/PERFORMANCE.md).
 */
import { arg, freshDatabase } from './pg-bench.js';
import { formatReport, runCrashTest } from '../test/crash/kill9.js';

async function main() {
  const bench = await freshDatabase(2);
  const url = new URL(process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || '');
  url.pathname = `/${bench.name}`;
  try {
    const report = await runCrashTest({
      databaseUrl: url.toString(),
      kills: Number(arg('--kills') ?? 5),
      roundMs: Number(arg('--round') ?? 20) * 1000,
      clients: Number(arg('--clients') ?? 8),
      smsRate: Number(arg('--rate') ?? 30),
      leaseSeconds: Number(arg('--lease') ?? 60),
      log: (line) => process.stdout.write(`${line}\n`),
    });
    process.stdout.write(`${formatReport(report)}\n`);
    const lost = report.lostDossiers.length + report.lostNotices.length + report.unsentNotices.length;
    if (lost) process.exitCode = 1;
  } finally {
    await bench.drop();
  }
}

await main();

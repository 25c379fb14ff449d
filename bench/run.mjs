// `npm run bench [-- name …]`: runs the benchmarks one after the other (all of them by default), each in its own
// process through tsx. The PostgreSQL ones (dossier-intake, tracking) need BENCH_DATABASE_URL (or
// TEST_DATABASE_URL) and are skipped without it. Results and how to read them: docs/PERFORMANCE.md.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benches = {
  deadline: { file: 'bench/deadline.ts' },
  'catalogue-search': { file: 'bench/catalogue-search.ts' },
  'dossier-intake': { file: 'bench/dossier-intake.ts', postgres: true },
  tracking: { file: 'bench/tracking.ts', postgres: true },
  'outbox-sms': { file: 'bench/outbox-sms.ts', postgres: true },
  'lobby-display': { file: 'bench/lobby-display.ts', postgres: true },
  'hotline-events': { file: 'bench/hotline-events.ts', postgres: true },
  'crash-kill9': { file: 'bench/crash-kill9.ts', postgres: true },
};

const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const passThrough = process.argv
  .slice(2)
  .filter((a, i, all) => a.startsWith('--') || all[i - 1]?.startsWith('--'));
const unknown = names.filter((n) => !(n in benches) && !passThrough.includes(n));
if (unknown.length) {
  process.stderr.write(
    `unknown benchmark: ${unknown.join(', ')}; known: ${Object.keys(benches).join(', ')}\n`,
  );
  process.exit(2);
}
const selected = names.filter((n) => n in benches);
const hasPostgres = Boolean(process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL);
let failed = false;
for (const name of selected.length ? selected : Object.keys(benches)) {
  const bench = benches[name];
  if (bench.postgres && !hasPostgres) {
    process.stdout.write(`\n== ${name}: skipped (set BENCH_DATABASE_URL to a PostgreSQL server)\n`);
    continue;
  }
  process.stdout.write(`\n== ${name}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, bench.file), ...passThrough], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);

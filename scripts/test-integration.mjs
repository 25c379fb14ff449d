// Runs the integration tier on PGlite, then again on PostgreSQL when TEST_DATABASE_URL is set.
import { spawnSync } from 'node:child_process';

const extra = process.argv.slice(2);
const run = (env, label) => {
  process.stdout.write(`\n== integration tier on ${label} ==\n`);
  const r = spawnSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--project', 'integration', ...extra],
    {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run({ MOTCUA_TEST_DB: 'pglite' }, 'PGlite');
if (process.env.TEST_DATABASE_URL) run({ MOTCUA_TEST_DB: 'postgres' }, 'PostgreSQL');
else
  process.stdout.write(
    '\nTEST_DATABASE_URL is not set: the PostgreSQL run of the integration tier is skipped.\n',
  );

// Runs the integration tier on PGlite, then again on PostgreSQL when TEST_DATABASE_URL is set; on the Node binary
// named by MOTCUA_TEST_NODE when it is set (CI runs this tier on Node 24), else on the Node running this script.
import { execFileSync, spawnSync } from 'node:child_process';

const node = process.env.MOTCUA_TEST_NODE || process.execPath;
const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();

const extra = process.argv.slice(2);
const run = (env, label) => {
  process.stdout.write(`\n== integration tier on ${label}, Node ${version} ==\n`);
  const r = spawnSync(node, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'integration', ...extra], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run({ MOTCUA_TEST_DB: 'pglite' }, 'PGlite');
if (process.env.TEST_DATABASE_URL) run({ MOTCUA_TEST_DB: 'postgres' }, 'PostgreSQL');
else
  process.stdout.write(
    '\nTEST_DATABASE_URL is not set: the PostgreSQL run of the integration tier is skipped.\n',
  );

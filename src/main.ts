/**
 * motcua server entry: configuration, database, migrations, demo data on first start, HTTP server,
 * and a clean shutdown on SIGINT/SIGTERM.
 */
import { loadConfig, ConfigError, type Config } from './config.js';
import { openReadyDatabase } from './db/setup.js';
import { demoDataPresent, loadDemoDataOnce } from './services/demo-data/index.js';
import { buildApp } from './http/app.js';
import { startControlSocket } from './services/backup/control-socket.js';
import { startServerJobs } from './jobs/index.js';

async function main(config: Config) {
  const { database } = await openReadyDatabase(config);
  // Demo accounts share a password printed in README.md: a production server never runs on a demo database.
  if (config.env === 'production' && (await demoDataPresent(database.db))) {
    await database.close();
    throw new ConfigError(
      'NODE_ENV=production refuses a database holding demo data (SEED_DEMO): its accounts share a published password; use a new database',
    );
  }
  const demo = config.seedDemo ? await loadDemoDataOnce(database.db) : undefined;

  const app = await buildApp({ config, database });
  // The background jobs (src/jobs/): the deadline sweeper and housekeeping every SWEEP_MINUTES (0 turns them off),
  // notification delivery through the providers of NOTIFY_PROVIDERS (development default: to a file), and the
  // audit log's chain (migration 0030).
  const jobs = startServerJobs(database.db, config, app.log);
  // The embedded database is this process's alone (a lock next to DATA_DIR): `motcua backup` asks for its backup
  // through a local socket instead of opening the files.
  const dump = database.dumpDataDir?.bind(database);
  const control =
    dump !== undefined
      ? await startControlSocket(config.dataDir, dump, (err) =>
          app.log.error({ err }, 'backup through the control socket failed'),
        )
      : undefined;
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app
      .close()
      .then(() => control?.stop())
      .then(() => jobs.stop())
      .then(() => database.close())
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        app.log.error({ err }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const lines = [
    '',
    `motcua is running: ${config.publicUrl}  (database: ${database.kind}${database.kind === 'pglite' ? ' in ' + config.dataDir : ''})`,
  ];
  if (demo) {
    lines.push(
      demo.loadedNow ? 'Demo data loaded (sample units, staff and dossiers).' : 'Demo data present.',
    );
    lines.push('Demo logins (username / password):');
    const width = Math.max(...demo.logins.map((l) => l.username.length)) + 2;
    for (const l of demo.logins)
      lines.push(`  ${l.username.padEnd(width)} ${l.password.padEnd(14)} ${l.description}`);
    if (demo.tracking) {
      lines.push(
        `Track a demo dossier: ${config.publicUrl}/tra-cuu?ma=${demo.tracking.code}  (phone ${demo.tracking.phone})`,
      );
    }
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

try {
  await main(loadConfig());
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`motcua: configuration error: ${err.message}\n`);
    process.exit(2);
  }
  throw err;
}

/**
 * The `motcua` command line. Each sub-command lives in its own module and is listed here.
 * Output contract: results on stdout only; errors as one line on stderr with exit code 2.
 */
import { auditSummary, runAudit } from './audit.js';
import { backupSummary, restoreSummary, runBackup, runRestore } from './backup.js';
import { catalogueSummary, runCatalogue } from './catalogue.js';
import { dueSummary, runDue } from './due.js';
import { hotlineSummary, runHotline } from './hotline.js';
import { housekeepingSummary, runHousekeepingCommand } from './housekeeping.js';
import { lunarSummary, runLunar } from './lunar.js';
import { runSweepCommand, sweepSummary } from './sweep.js';

import { DataDirLockedError } from '../db/data-dir-lock.js';
import { UsageError, type CliIo } from './io.js';

export { UsageError, type CliIo };

type Command = (args: string[], io: CliIo) => Promise<number> | number;

const commands: Record<string, { summary: string; run: Command }> = {
  audit: { summary: auditSummary, run: runAudit },
  backup: { summary: backupSummary, run: runBackup },
  catalogue: { summary: catalogueSummary, run: runCatalogue },
  due: { summary: dueSummary, run: runDue },
  hotline: { summary: hotlineSummary, run: runHotline },
  housekeeping: { summary: housekeepingSummary, run: runHousekeepingCommand },
  lunar: { summary: lunarSummary, run: runLunar },
  restore: { summary: restoreSummary, run: runRestore },
  sweep: { summary: sweepSummary, run: runSweepCommand },
};

export function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const names = Object.entries(commands).map(([name, c]) => `  motcua ${name.padEnd(width)} ${c.summary}`);
  return ['usage: motcua <command> [options]', ...names].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    io.err(name ? `motcua: unknown command "${name}"` : usage());
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof DataDirLockedError) {
      io.err(`motcua ${name}: ${err.message}`);
      return 2;
    }
    throw err;
  }
}

const isEntry = process.argv[1] !== undefined && /motcua(\.mjs)?$|cli[\\/]main\.ts$/.test(process.argv[1]);
if (isEntry) {
  const code = await runCli(process.argv.slice(2), {
    out: (l) => process.stdout.write(l + '\n'),
    err: (l) => process.stderr.write(l + '\n'),
  });
  process.exitCode = code;
}

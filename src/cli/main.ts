/**
 * The `motcua` command line. Each sub-command lives in its own module and is listed in commands.ts.
 * Output contract: results on stdout only; errors as one line on stderr with exit code 2, pointing at the help.
 * `--help` or `-h` on any command or sub-command prints its help in Vietnamese and English and exits 0.
 */
import { DataDirLockedError } from '../db/data-dir-lock.js';
import { commands } from './commands.js';
import { PathUsageError, runCommand } from './help.js';
import { UsageError, type CliIo } from './io.js';

export { UsageError, type CliIo };

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await runCommand(commands, argv, io);
  } catch (err) {
    if (err instanceof PathUsageError) {
      const prefix = err.path.length ? `motcua ${err.path[0]}` : 'motcua';
      const help = ['motcua', ...err.path, '--help'].join(' ');
      io.err(`${prefix}: ${err.message} (xem / see: ${help})`);
      return 2;
    }
    if (err instanceof DataDirLockedError) {
      io.err(`motcua ${argv[0] ?? ''}: ${err.message}`);
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

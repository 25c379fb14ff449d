/** What every `motcua` sub-command shares: where it writes, and the error that means "bad input, exit 2". */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Bad input: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {}

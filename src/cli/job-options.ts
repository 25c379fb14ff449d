/**
 * What the commands that run a job once (`housekeeping`, `sweep`) share: `--at ISO8601`, to run as if it were that
 * instant, and the run itself: the arguments checked first, then one run on the configured database.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { parseInstant } from '../domain/calendar/time-zone.js';
import type { OptionDoc } from './help.js';
import { onConfiguredDatabase, UsageError, type CliIo } from './io.js';

export const atOption: OptionDoc = {
  name: 'at',
  value: 'ISO8601',
  vi: 'Chạy như thể lúc này là thời điểm đó (không ghi múi giờ: giờ Việt Nam)',
  en: 'Run as if it were that instant (no offset: Vietnam time)',
};

/** The instant given with --at (Vietnam time when it has no offset), or undefined without it. */
export function atInstant(values: ReadonlyMap<string, string>): number | undefined {
  const at = values.get(atOption.name);
  if (at === undefined) return undefined;
  try {
    return parseInstant(at, 'Asia/Ho_Chi_Minh');
  } catch {
    throw new UsageError(`--at phải là thời điểm ISO 8601, nhận được ${JSON.stringify(at)}`);
  }
}

/**
 * A job command's run: its arguments parsed first (a usage error opens no database), then `runOn` once on the
 * configured database (DATABASE_URL, or the embedded database in DATA_DIR while no server holds it).
 */
export function runJobOnce<A>(
  parse: (args: string[]) => A,
  runOn: (db: Kysely<Database>, parsed: A, io: CliIo) => Promise<number>,
) {
  return async (args: string[], io: CliIo): Promise<number> => {
    const parsed = parse(args);
    return onConfiguredDatabase((db) => runOn(db, parsed, io));
  };
}

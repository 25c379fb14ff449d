/**
 * `motcua lunar YYYY-MM-DD` prints the Vietnamese lunar date as D/M/YYYY (D/M*\/YYYY in a leap month).
 */
import { DomainError } from '../domain/errors.js';
import { findEpochDay } from '../domain/calendar/civil-date.js';
import { formatLunarDate, lunarDateOfDay } from '../domain/calendar/lunar.js';
import { UsageError, type CliIo } from './io.js';
import { oneLine, parseOptions } from './options.js';

export const lunarSummary = 'YYYY-MM-DD → Vietnamese lunar date D/M/YYYY (D/M*/YYYY in a leap month)';

export function runLunar(args: string[], io: CliIo): number {
  const { positionals } = parseOptions(args, { values: [], positionals: 1 });
  const text = positionals[0];
  if (text === undefined) throw new UsageError('thiếu ngày dương lịch YYYY-MM-DD');
  const day = findEpochDay(text);
  if (day === undefined)
    throw new UsageError(`ngày không hợp lệ: ${JSON.stringify(text)} (cần dạng YYYY-MM-DD)`);
  try {
    io.out(formatLunarDate(lunarDateOfDay(day)));
    return 0;
  } catch (err) {
    if (err instanceof DomainError) throw new UsageError(oneLine(err.message));
    throw err;
  }
}

/**
 * `motcua lunar YYYY-MM-DD` prints the Vietnamese lunar date as D/M/YYYY (D/M*\/YYYY in a leap month).
 */
import { findEpochDay } from '../domain/calendar/civil-date.js';
import { formatLunarDate, lunarDateOfDay } from '../domain/calendar/lunar.js';
import { optionSpec, type LeafCommand } from './help.js';
import { UsageError, type CliIo } from './io.js';
import { asUsageError, parseOptions } from './options.js';

function runLunar(args: string[], io: CliIo): number {
  const { positionals } = parseOptions(args, optionSpec(lunarCommand));
  const text = positionals[0];
  if (text === undefined) throw new UsageError('thiếu ngày dương lịch YYYY-MM-DD');
  const day = findEpochDay(text);
  if (day === undefined)
    throw new UsageError(`ngày không hợp lệ: ${JSON.stringify(text)} (cần dạng YYYY-MM-DD)`);
  return asUsageError(() => {
    io.out(formatLunarDate(lunarDateOfDay(day)));
    return 0;
  });
}

export const lunarCommand: LeafCommand = {
  summary: {
    vi: 'Đổi ngày dương lịch sang âm lịch Việt Nam: D/M/YYYY (D/M*/YYYY trong tháng nhuận)',
    en: 'Convert a date to the Vietnamese lunar calendar: D/M/YYYY (D/M*/YYYY in a leap month)',
  },
  args: [
    {
      name: 'YYYY-MM-DD',
      vi: 'Ngày dương lịch (1900-01-01 … 2100-12-31)',
      en: 'The solar date (1900-01-01 … 2100-12-31)',
    },
  ],
  run: runLunar,
};

/**
 * `motcua due --received ISO8601 (--working-days N | --working-hours H | --days N | --same-day) [--cutoff HH:MM]
 *  [--calendar FILE.json]` prints the due instant as ISO 8601 with the calendar zone's offset, and nothing else.
 * Without --calendar: 07:00–11:30 and 13:30–17:00, Monday to Friday, Asia/Ho_Chi_Minh, no days off.
 */
import fs from 'node:fs';
import {
  DEFAULT_CALENDAR,
  parseCalendar,
  type CalendarDefinition,
} from '../domain/calendar/calendar-file.js';
import { computeDue, type TimeLimit } from '../domain/calendar/deadline.js';
import { formatInstant, parseInstant } from '../domain/calendar/time-zone.js';
import { compileCalendar } from '../domain/calendar/working-time.js';
import { optionSpec, type LeafCommand } from './help.js';
import { UsageError, type CliIo } from './io.js';
import { asUsageError, parseOptions } from './options.js';

const LIMIT_OPTIONS = ['working-days', 'working-hours', 'days'] as const;

function readCalendar(file: string): CalendarDefinition {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'lỗi';
    throw new UsageError(`không đọc được tệp lịch ${JSON.stringify(file)} (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`tệp lịch ${JSON.stringify(file)} không phải JSON hợp lệ`);
  }
  return parseCalendar(json);
}

function amountOf(name: string, text: string, integer: boolean): number {
  const re = integer ? /^\d{1,6}$/ : /^\d{1,6}(\.\d{1,6})?$/;
  if (!re.test(text)) {
    throw new UsageError(
      `--${name} phải là một số ${integer ? 'nguyên ' : ''}không âm (tối đa 3650 ngày), nhận được ${JSON.stringify(text)}`,
    );
  }
  return Number(text);
}

function limitOf(values: Map<string, string>, sameDay: boolean): TimeLimit {
  const chosen = LIMIT_OPTIONS.filter((o) => values.has(o));
  if (chosen.length + (sameDay ? 1 : 0) !== 1) {
    throw new UsageError('cần đúng một trong --working-days, --working-hours, --days, --same-day');
  }
  const cutoff = values.get('cutoff');
  if (sameDay) return { unit: 'same_day', cutoff };
  if (cutoff !== undefined) throw new UsageError('--cutoff chỉ dùng với --same-day');
  const name = chosen[0]!;
  const text = values.get(name)!;
  if (name === 'days') return { unit: 'calendar_days', value: amountOf(name, text, true) };
  return {
    unit: name === 'working-days' ? 'working_days' : 'working_hours',
    value: amountOf(name, text, false),
  };
}

function runDue(args: string[], io: CliIo): number {
  const { values, flags } = parseOptions(args, optionSpec(dueCommand));
  const received = values.get('received');
  if (received === undefined) throw new UsageError('thiếu --received (thời điểm tiếp nhận, ISO 8601)');
  const limit = limitOf(values, flags.has('same-day'));
  const file = values.get('calendar');
  return asUsageError(() => {
    const definition = file === undefined ? DEFAULT_CALENDAR : readCalendar(file);
    const calendar = compileCalendar(definition);
    const due = computeDue(calendar, parseInstant(received, definition.timezone), limit);
    io.out(formatInstant(definition.timezone, due));
    return 0;
  });
}

export const dueCommand: LeafCommand = {
  summary: {
    vi: 'Tính hạn trả kết quả theo lịch làm việc; in thời điểm ISO 8601',
    en: 'Compute the due instant on the working calendar; prints it as ISO 8601',
  },
  usage:
    '--received ISO8601 (--working-days N | --working-hours H | --days N | --same-day) [--cutoff HH:MM] ' +
    '[--calendar FILE.json]',
  options: [
    {
      name: 'received',
      value: 'ISO8601',
      required: true,
      vi: 'Thời điểm tiếp nhận (không ghi múi giờ: giờ Việt Nam)',
      en: 'When the dossier was received (no offset: Vietnam time)',
    },
    {
      name: 'working-days',
      value: 'N',
      vi: 'Thời hạn N ngày làm việc (có thể lẻ: 0.5)',
      en: 'N working days (may be fractional: 0.5)',
    },
    { name: 'working-hours', value: 'H', vi: 'Thời hạn H giờ làm việc', en: 'H working hours' },
    { name: 'days', value: 'N', vi: 'Thời hạn N ngày (theo lịch)', en: 'N calendar days' },
    {
      name: 'same-day',
      vi: 'Trả trong ngày (sau giờ chốt: ngày làm việc kế tiếp)',
      en: 'Same day (after the cut-off: the next working day)',
    },
    { name: 'cutoff', value: 'HH:MM', vi: 'Giờ chốt của --same-day', en: 'The cut-off time of --same-day' },
    {
      name: 'calendar',
      value: 'FILE.json',
      vi: 'Tệp lịch làm việc (mặc định 07:00–11:30, 13:30–17:00, thứ Hai–thứ Sáu)',
      en: 'A working calendar file (default 07:00–11:30, 13:30–17:00, Monday–Friday)',
    },
  ],
  notes: {
    vi: 'Cần đúng một trong --working-days, --working-hours, --days, --same-day. Múi giờ: Asia/Ho_Chi_Minh.',
    en: 'Exactly one of --working-days, --working-hours, --days, --same-day. Time zone: Asia/Ho_Chi_Minh.',
  },
  run: runDue,
};

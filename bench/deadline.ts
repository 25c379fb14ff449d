/**
 * Deadline computations per second on one core (`npx tsx bench/deadline.ts`): random received instants over
 * 2026, on the default calendar plus a year of holidays, for limits of 1–30 working days, 1–240 working hours,
 * same day and 1–60 calendar days. Year blocks are built before timing (they are cached per calendar).
 */
import os from 'node:os';
import { parseCalendar } from '../src/domain/calendar/calendar-file.js';
import { computeDue, type TimeLimit } from '../src/domain/calendar/deadline.js';
import { suggestHolidays } from '../src/domain/calendar/holidays.js';
import { compileCalendar } from '../src/domain/calendar/working-time.js';
import { officeHoursWithWinter } from '../src/domain/calendar/test-fixtures.js';

const N = 1 << 20;
const ROUNDS = 5;

// A deterministic pseudo-random sequence (xorshift32), so runs compare.
let seed = 2026;
const random = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
};

const calendar = compileCalendar(
  parseCalendar({
    ...officeHoursWithWinter,
    daysOff: [...suggestHolidays(2026), ...suggestHolidays(2027)].map((h) => h.date),
  }),
);
for (const year of [2026, 2027]) calendar.block(year);

const start = Date.parse('2026-01-01T00:00:00+07:00');
const span = Date.parse('2027-01-01T00:00:00+07:00') - start;
const received = new Float64Array(N);
for (let i = 0; i < N; i++) received[i] = start + Math.floor(random() * span);

function measure(name: string, limits: TimeLimit[]): void {
  let sink = 0;
  for (let i = 0; i < N; i++) sink += computeDue(calendar, received[i]!, limits[i % limits.length]!); // warm-up
  let best = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < N; i++) sink += computeDue(calendar, received[i]!, limits[i % limits.length]!);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    best = Math.max(best, N / seconds);
  }
  if (sink === 42) console.log('');
  console.log(`${name.padEnd(34)} ${Math.round(best).toLocaleString('en-US').padStart(12)} computations/s`);
}

const limits = (unit: 'working_days' | 'working_hours' | 'calendar_days', max: number): TimeLimit[] =>
  Array.from({ length: 4096 }, () => ({ unit, value: 1 + Math.floor(random() * max) }));

console.log(
  `motcua deadline benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ` +
    `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, one core (single thread); best of ${ROUNDS} rounds of ${N.toLocaleString('en-US')}`,
);
measure('working days 1–30', limits('working_days', 30));
measure('working hours 1–240', limits('working_hours', 240));
measure('same day (cutoff 15:00)', [{ unit: 'same_day' }]);
measure('calendar days 1–60', limits('calendar_days', 60));

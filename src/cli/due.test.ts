import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './main.js';
import { officeHoursWithWinter } from '../domain/calendar/test-fixtures.js';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-due-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const calendarFile = (name: string, content: unknown) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

describe('motcua due', () => {
  it.each([
    [['--received', '2023-10-27T09:32', '--working-days', '5'], '2023-11-03T09:32:00+07:00'],
    [['--received', '2023-10-30T07:00+07:00', '--working-days', '1'], '2023-10-30T17:00:00+07:00'],
    [['--received', '2023-10-31T12:15', '--working-hours', '2'], '2023-10-31T15:30:00+07:00'],
    [['--received=2023-10-28T10:00', '--working-hours=1'], '2023-10-30T08:00:00+07:00'],
    [['--received', '2023-11-01T18:40', '--same-day'], '2023-11-02T17:00:00+07:00'],
    [['--same-day', '--cutoff', '16:00', '--received', '2023-11-01T15:30'], '2023-11-01T17:00:00+07:00'],
    [['--received', '2023-10-27T09:32', '--days', '1'], '2023-10-30T17:00:00+07:00'],
    [['--received', '2023-10-27T09:32', '--working-days', '0.5'], '2023-10-27T15:32:00+07:00'],
  ])('%j → %s', async (args, expected) => {
    expect(await cli('due', ...args)).toEqual({ code: 0, out: [expected], err: [] });
  });

  it('uses a calendar file', async () => {
    const file = calendarFile('winter.json', {
      timezone: 'Asia/Ho_Chi_Minh',
      workweek: [1, 2, 3, 4, 5],
      ...officeHoursWithWinter,
      daysOff: ['2026-01-01', '2026-01-02'],
      workdays: ['2026-01-03'],
    });
    const r = await cli('due', '--received', '2025-12-31T16:00', '--working-hours', '1', '--calendar', file);
    expect(r).toEqual({ code: 0, out: ['2026-01-03T07:30:00+07:00'], err: [] });
  });

  it.each([
    [[], /thiếu --received/],
    [['--received', '2023-10-27T09:32'], /cần đúng một trong/],
    [['--received', '2023-10-27T09:32', '--days', '1', '--working-days', '1'], /cần đúng một trong/],
    [['--received', 'tomorrow', '--days', '1'], /Thời điểm không hợp lệ/],
    [['--received', '2023-02-30T09:00', '--days', '1'], /Thời điểm không hợp lệ/],
    [['--received', '2023-10-27T09:32', '--days', '-1'], /--days phải là một số nguyên không âm/],
    [['--received', '2023-10-27T09:32', '--working-days', '1e3'], /--working-days phải là một số/],
    [['--received', '2023-10-27T09:32', '--working-days', '3651'], /quá dài/],
    [['--received', '2023-10-27T09:32', '--days', '5000'], /quá dài/],
    [
      ['--received', '2023-10-27T09:32', '--days', '1', '--cutoff', '15:00'],
      /--cutoff chỉ dùng với --same-day/,
    ],
    [['--received', '2023-10-27T09:32', '--same-day', '--cutoff', '25:00'], /Giờ chốt không hợp lệ/],
    [['--received', '2023-10-27T09:32', '--days', '1', '--colour'], /không được hỗ trợ: --colour/],
    [['--received', '2023-10-27T09:32', '--days'], /thiếu giá trị cho --days/],
    [['--received', '2023-10-27T09:32', '--days', '1', 'extra'], /đối số thừa/],
  ])('%j → exit 2 and one line on stderr', async (args, message) => {
    const r = await cli('due', ...args);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^motcua due: /);
    expect(r.err[0]).not.toContain('\n');
    expect(r.err[0]).toMatch(message);
  });

  it('reports calendar files it cannot use, in one line', async () => {
    const cases: [string, RegExp][] = [
      [path.join(dir, 'missing.json'), /không đọc được tệp lịch .*ENOENT/],
      [calendarFile('broken.json', '{"sessions": ['), /không phải JSON hợp lệ/],
      [
        calendarFile('zone.json', { timezone: 'Mars/Olympus', sessions: [['07:00', '11:00']] }),
        /Múi giờ không tồn tại/,
      ],
      [
        calendarFile('overlap.json', {
          sessions: [
            ['07:00', '12:00'],
            ['11:00', '17:00'],
          ],
        }),
        /chồng lấn/,
      ],
      [
        calendarFile('none.json', { workweek: [], sessions: [['07:00', '11:00']] }),
        /không có thời gian làm việc/,
      ],
    ];
    for (const [file, message] of cases) {
      const r = await cli('due', '--received', '2023-10-27T09:32', '--days', '1', '--calendar', file);
      expect(r.code, file).toBe(2);
      expect(r.err, file).toHaveLength(1);
      expect(r.err[0], file).toMatch(message);
    }
  });
});

describe('motcua lunar', () => {
  it.each([
    ['2026-02-17', '1/1/2026'],
    ['1985-01-21', '1/1/1985'],
    ['2007-02-17', '1/1/2007'],
    ['2025-07-25', '1/6*/2025'],
    ['2025-08-22', '29/6*/2025'],
    ['2100-12-31', '1/12/2100'],
  ])('%s → %s', async (date, expected) => {
    expect(await cli('lunar', date)).toEqual({ code: 0, out: [expected], err: [] });
  });

  it.each([
    [[]],
    [['2026-02-30']],
    [['17/02/2026']],
    [['1899-12-31']],
    [['2026-02-17', '2026-02-18']],
    [['--x']],
  ])('%j → exit 2', async (args) => {
    const r = await cli('lunar', ...args);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^motcua lunar: /);
  });
});

describe('the real binary', { timeout: 30_000 }, () => {
  const run = promisify(execFile);
  const bin = path.resolve(import.meta.dirname, '../../bin/motcua.mjs');

  it('prints only the due instant on stdout', async () => {
    const r = await run(process.execPath, [
      bin,
      'due',
      '--received',
      '2023-10-27T09:32',
      '--working-days',
      '5',
    ]);
    expect(r.stdout).toBe('2023-11-03T09:32:00+07:00\n');
    expect(r.stderr).toBe('');
  });

  it('exits with 2 and one line on stderr on bad input', async () => {
    const failure = await run(process.execPath, [bin, 'due', '--received', 'nope', '--days', '1']).then(
      () => undefined,
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect(failure?.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('prints lunar dates', async () => {
    const r = await run(process.execPath, [bin, 'lunar', '2026-02-17']);
    expect(r.stdout).toBe('1/1/2026\n');
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCatalogueFile } from '../domain/catalogue/validate.js';
import { runCli } from './main.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/national', import.meta.url));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-cli-catalogue-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('motcua catalogue from-national', () => {
  it('converts a folder into a catalogue file on stdout and reports on stderr', async () => {
    const { code, out, err } = await run('catalogue', 'from-national', fixtures);
    expect(code).toBe(0);
    const file = JSON.parse(out.join('\n')) as { procedures: { code: string }[] };
    expect(checkCatalogueFile(file).ok).toBe(true);
    expect(file.procedures.map((p) => p.code)).toEqual([
      '1.000014',
      '1.001193',
      '1.003135',
      '1.012753',
      '1.014860',
      '2.000635',
      '2.000720',
      '2.000821',
    ]);
    expect(err[0]).toBe('10 records read: 8 converted, 2 not converted.');
    expect(err.join('\n')).toContain('Not converted, by reason:');
  });

  it('writes --out, keeps only --codes, and names the codes it did not find', async () => {
    const target = path.join(tmp, 'out.json');
    const { code, out, err } = await run(
      'catalogue',
      'from-national',
      fixtures,
      '--out',
      target,
      '--codes',
      '1.001193,9.999999',
    );
    expect(code).toBe(0);
    expect(out).toEqual([]);
    const file = JSON.parse(fs.readFileSync(target, 'utf8')) as { procedures: { code: string }[] };
    expect(file.procedures.map((p) => p.code)).toEqual(['1.001193']);
    expect(err).toContain('Codes not found: 9.999999');
    expect(err.at(-1)).toBe(`Wrote 1 procedures to ${target}.`);
  });

  it('answers bad input with exit code 2 and one line on stderr', async () => {
    const cases = [
      ['catalogue'],
      ['catalogue', 'to-national', fixtures],
      ['catalogue', 'from-national'],
      ['catalogue', 'from-national', path.join(tmp, 'missing')],
      ['catalogue', 'from-national', fixtures, '--codes'],
      ['catalogue', 'from-national', fixtures, '--codes', '9.999999'],
      ['catalogue', 'from-national', fixtures, '--bogus'],
      ['catalogue', 'from-national', path.join(fixtures, '1.001193.json')],
    ];
    for (const argv of cases) {
      const { code, out, err } = await run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(/^motcua catalogue: /);
    }
    const empty = fs.mkdtempSync(path.join(tmp, 'empty-'));
    const { err } = await run('catalogue', 'from-national', empty);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(new RegExp(`^motcua catalogue: no .json records in ${empty} \\(xem / see: `));
  });
});

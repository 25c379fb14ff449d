/**
 * `motcua catalogue from-national <folder> [--out file.json] [--codes a,b,c]`
 * Converts a folder of records published on the national portal (one JSON file per procedure, in sub-folders or
 * not) into a motcua catalogue file, written to --out or to stdout. The conversion report goes to stderr.
 */
import fs from 'node:fs';
import path from 'node:path';
import { convertNational, reportLines, type NationalSource } from '../domain/catalogue/national/batch.js';
import { UsageError, type CliIo } from './io.js';

const USAGE = 'usage: motcua catalogue from-national <folder> [--out file.json] [--codes 1.001193,1.000894]';

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) out.push(full);
    }
  };
  walk(dir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function parseArgs(args: string[]): { folder: string; out?: string; codes?: string[] } {
  const [sub, ...rest] = args;
  if (sub !== 'from-national') throw new UsageError(sub ? `unknown sub-command "${sub}"; ${USAGE}` : USAGE);
  let folder: string | undefined;
  let out: string | undefined;
  let codes: string[] | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value; ${USAGE}`);
      return v;
    };
    if (a === '--out') out = value();
    else if (a === '--codes') {
      codes = value()
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
      if (codes.length === 0) throw new UsageError('--codes needs at least one procedure code');
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}; ${USAGE}`);
    else if (folder === undefined) folder = a;
    else throw new UsageError(`unexpected argument "${a}"; ${USAGE}`);
  }
  if (!folder) throw new UsageError(USAGE);
  return { folder, out, codes };
}

export async function runCatalogue(args: string[], io: CliIo): Promise<number> {
  const { folder, out, codes } = parseArgs(args);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    throw new UsageError(`folder not found: ${folder}`);
  }
  if (!stat.isDirectory()) throw new UsageError(`not a folder: ${folder}`);
  const files = jsonFiles(folder);
  if (files.length === 0) throw new UsageError(`no .json records in ${folder}`);

  const sources: NationalSource[] = files.map((file) => {
    const source = path.relative(folder, file);
    try {
      return { source, data: JSON.parse(fs.readFileSync(file, 'utf8')) as unknown };
    } catch (err) {
      return { source, data: err instanceof Error ? err : new Error(String(err)) };
    }
  });
  const batch = convertNational(sources, codes ? { codes } : {});
  if (codes && batch.outcomes.length === 0) throw new UsageError(`none of the codes found in ${folder}`);

  const json = JSON.stringify(batch.file, null, 1);
  if (out) {
    try {
      await fs.promises.writeFile(out, json + '\n');
    } catch (err) {
      throw new UsageError(`cannot write ${out}: ${err instanceof Error ? err.message : String(err)}`);
    }
  } else io.out(json);
  for (const line of reportLines(batch)) io.err(line);
  if (out) io.err(`Wrote ${batch.file.procedures.length} procedures to ${out}.`);
  return 0;
}

export const catalogueSummary = 'from-national <folder> [--out file.json] [--codes a,b,c]';

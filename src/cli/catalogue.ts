/**
 * `motcua catalogue from-national <folder> [--out file.json] [--codes a,b,c]`
 * Converts a folder of records published on the national portal (one JSON file per procedure, in sub-folders or
 * not) into a motcua catalogue file, written to --out or to stdout. The conversion report goes to stderr.
 */
import fs from 'node:fs';
import path from 'node:path';
import { convertNational, reportLines, type NationalSource } from '../domain/catalogue/national/batch.js';
import { optionSpec, type GroupCommand, type LeafCommand } from './help.js';
import { UsageError, type CliIo } from './io.js';
import { parseOptions } from './options.js';

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
  const { values, positionals } = parseOptions(args, optionSpec(fromNationalCommand));
  const folder = positionals[0];
  if (!folder) throw new UsageError('thiếu thư mục hồ sơ công bố (FOLDER)');
  const codesText = values.get('codes');
  const codes = codesText
    ?.split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (codes?.length === 0) throw new UsageError('--codes needs at least one procedure code');
  return { folder, out: values.get('out'), codes };
}

async function runFromNational(args: string[], io: CliIo): Promise<number> {
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

const fromNationalCommand: LeafCommand = {
  summary: {
    vi: 'Chuyển các hồ sơ thủ tục công bố trên Cổng Dịch vụ công quốc gia thành tệp danh mục motcua',
    en: 'Convert procedure records published on the national portal into a motcua catalogue file',
  },
  args: [
    {
      name: 'FOLDER',
      vi: 'Thư mục các tệp JSON, mỗi tệp một thủ tục (tìm cả trong thư mục con)',
      en: 'A folder of JSON files, one per procedure (sub-folders included)',
    },
  ],
  options: [
    {
      name: 'out',
      value: 'FILE',
      vi: 'Ghi tệp danh mục vào FILE (mặc định: in ra stdout)',
      en: 'Write the catalogue file to FILE (default: stdout)',
    },
    {
      name: 'codes',
      value: 'LIST',
      vi: 'Chỉ lấy các mã thủ tục này, cách nhau bằng dấu phẩy (ví dụ 1.001193,1.000894)',
      en: 'Keep only these procedure codes, comma-separated (e.g. 1.001193,1.000894)',
    },
  ],
  notes: {
    vi: 'Báo cáo chuyển đổi (số hồ sơ đọc được, chuyển được, lý do không chuyển) in ra stderr.',
    en: 'The conversion report (records read, converted, reasons for the others) goes to stderr.',
  },
  run: runFromNational,
};

export const catalogueCommand: GroupCommand = {
  summary: { vi: 'Danh mục thủ tục hành chính', en: 'The catalogue of procedures' },
  subcommands: { 'from-national': fromNationalCommand },
};

/**
 * Catalogues for benchmarks: a file given on the command line, else bench/fixtures/national-*.json.gz (the national
 * catalogue converted to motcua's format), else a synthetic catalogue of `size` procedures made from the small
 * real fixture: the real names with the variant suffixes the national catalogue really uses ("… có yếu tố nước
 * ngoài", "… lưu động", "… (thực hiện tại cấp tỉnh)"), spread over fields.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { CatalogueFile, ProcedureRecord } from '../src/domain/catalogue/record.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function readCatalogue(file: string): CatalogueFile {
  const raw = fs.readFileSync(file);
  const text = file.endsWith('.gz') ? zlib.gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  const parsed = JSON.parse(text) as CatalogueFile | ProcedureRecord[];
  return Array.isArray(parsed) ? { format: 'motcua.catalogue', version: 1, procedures: parsed } : parsed;
}

const suffixes = [
  '',
  ' có yếu tố nước ngoài',
  ' lưu động',
  ' tại khu vực biên giới',
  ' (thực hiện tại cấp tỉnh)',
  ' (thực hiện tại cấp xã)',
  ' cho người đã có hồ sơ, giấy tờ cá nhân',
  ' kết hợp đăng ký nhận cha, mẹ, con',
  ' đối với tổ chức',
  ' đối với hộ kinh doanh',
];
const prefixes = ['', 'Cấp lại ', 'Cấp đổi ', 'Điều chỉnh ', 'Gia hạn ', 'Xác nhận ', 'Đăng ký lại ', 'Hủy '];
const fields = [
  ['HT', 'Hộ tịch'],
  ['CT', 'Chứng thực'],
  ['CUTRU', 'Đăng ký, quản lý cư trú'],
  ['DD', 'Đất đai'],
  ['XD', 'Hoạt động xây dựng'],
  ['KD', 'Thành lập và hoạt động của hộ kinh doanh'],
  ['BTXH', 'Bảo trợ xã hội'],
  ['GD', 'Giáo dục và Đào tạo'],
  ['YT', 'Khám bệnh, chữa bệnh'],
  ['GT', 'Đường bộ'],
] as const;

function synthetic(size: number): CatalogueFile {
  const base = readCatalogue(path.join(here, '../test/fixtures/catalogue-small.json')).procedures;
  const out: ProcedureRecord[] = [];
  for (let i = 0; out.length < size; i++) {
    const b = base[i % base.length]!;
    const suffix = suffixes[Math.floor(i / base.length) % suffixes.length]!;
    const prefix = prefixes[Math.floor(i / (base.length * suffixes.length)) % prefixes.length]!;
    const round = Math.floor(i / (base.length * suffixes.length * prefixes.length));
    const stem = b.name.replace(/^Thủ tục /, '');
    const name = (prefix ? prefix + stem.charAt(0).toLowerCase() + stem.slice(1) : b.name) + suffix;
    const [code, fieldName] = fields[i % fields.length]!;
    out.push({
      ...b,
      code: `9.${String(i).padStart(6, '0')}`,
      name: round > 0 ? `${name} (mẫu ${round + 1})` : name,
      field: i < base.length ? b.field : { code, name: fieldName },
      related: [],
    });
  }
  return { format: 'motcua.catalogue', version: 1, procedures: out };
}

export interface BenchCatalogue {
  file: CatalogueFile;
  source: string;
}

export function benchCatalogue(opts: { file?: string; size: number }): BenchCatalogue {
  if (opts.file) return { file: readCatalogue(opts.file), source: path.basename(opts.file) };
  const dir = path.join(here, 'fixtures');
  const national = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => /^national-.*\.json\.gz$/.test(f))
        .sort()
    : [];
  if (national.length > 0) {
    const procedures = national.flatMap((f) => readCatalogue(path.join(dir, f)).procedures);
    return {
      file: { format: 'motcua.catalogue', version: 1, procedures },
      source: `bench/fixtures/${national.join(', ')}`,
    };
  }
  return {
    file: synthetic(opts.size),
    source: `synthetic (${opts.size} variants of test/fixtures/catalogue-small.json)`,
  };
}

/** Real queries people type: full names, no tones, "ki" for "ký", a typo, a code, subjects. */
export const benchQueries = [
  'đăng ký khai sinh',
  'dang ky khai sinh',
  'dang ki khai sinh',
  'khai sinh',
  'dang ky khai sihn',
  'đăng ký kết hôn',
  'khai tu',
  'chứng thực bản sao',
  'chung thuc chu ky',
  'thường trú',
  'dang ky tam tru',
  'cấp giấy phép xây dựng',
  'đăng ký hộ kinh doanh',
  'giay chung nhan quyen su dung dat',
  'trợ cấp xã hội',
  'bảo hiểm y tế',
  'giấy phép lái xe',
  'hộ chiếu',
  '1.001193',
  'căn cước',
];

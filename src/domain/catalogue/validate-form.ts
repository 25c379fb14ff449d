/**
 * The rules of the declaration's e-form (format version 3) that the JSON schema cannot say: field keys unique, a
 * `select` has its options (and only a `select` has options), options unique, lengths and bounds in order, a pattern
 * that is a valid regular expression, and each attribute only on the kinds it means something for. Conditions are
 * checked with the documents' (validate-questions.ts). Written defensively: they also run on records that failed
 * the schema.
 */
import type { FieldIssue } from '../errors.js';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const arrayOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

const textKinds = new Set(['text', 'textarea']);

/** Which kinds each attribute applies to, and what to say when it is on another kind. */
const onlyFor: readonly [string, (kind: string) => boolean, string][] = [
  ['options', (k) => k === 'select', 'Chỉ mục chọn (select) mới có danh sách lựa chọn (options)'],
  ['minLength', (k) => textKinds.has(k), 'Độ dài tối thiểu chỉ dùng cho mục chữ (text, textarea)'],
  ['maxLength', (k) => textKinds.has(k), 'Độ dài tối đa chỉ dùng cho mục chữ (text, textarea)'],
  ['pattern', (k) => textKinds.has(k), 'Mẫu kiểm tra (pattern) chỉ dùng cho mục chữ (text, textarea)'],
  ['min', (k) => k === 'number', 'Giá trị nhỏ nhất chỉ dùng cho mục số (number)'],
  ['max', (k) => k === 'number', 'Giá trị lớn nhất chỉ dùng cho mục số (number)'],
  ['notFuture', (k) => k === 'date', '«Không sau hôm nay» chỉ dùng cho mục ngày (date)'],
];

/** Whether a pattern compiles as the validator will use it (whole value, Unicode). */
export function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(`^(?:${pattern})$`, 'u');
    return true;
  } catch {
    return false;
  }
}

function fieldIssues(field: Loose, where: (rest: string) => string): FieldIssue[] {
  const out: FieldIssue[] = [];
  const kind = str(field.kind) ?? '';
  const label = str(field.label);
  if (label !== undefined && label.length > 0 && label.trim() === '')
    out.push({ field: where('label'), message: 'Nhãn của mục tờ khai không được để trống' });
  for (const [attribute, applies, message] of onlyFor) {
    if (field[attribute] !== undefined && kind !== '' && !applies(kind))
      out.push({ field: where(attribute), message });
  }
  const options = arrayOf(field.options);
  if (kind === 'select' && options.length === 0)
    out.push({ field: where('options'), message: 'Mục chọn (select) phải có danh sách lựa chọn (options)' });
  options.forEach((o, j) => {
    if (typeof o === 'string' && options.indexOf(o) !== j)
      out.push({ field: where(`options[${j}]`), message: `Lựa chọn "${o}" bị trùng` });
  });
  const [minLength, maxLength] = [num(field.minLength), num(field.maxLength)];
  if (minLength !== undefined && maxLength !== undefined && minLength > maxLength)
    out.push({ field: where('minLength'), message: 'Độ dài tối thiểu lớn hơn độ dài tối đa' });
  const [min, max] = [num(field.min), num(field.max)];
  if (min !== undefined && max !== undefined && min > max)
    out.push({ field: where('min'), message: 'Giá trị nhỏ nhất lớn hơn giá trị lớn nhất' });
  const pattern = str(field.pattern);
  if (pattern !== undefined && !isValidPattern(pattern))
    out.push({
      field: where('pattern'),
      message: 'Mẫu kiểm tra (pattern) không phải là biểu thức chính quy hợp lệ',
    });
  if (field.patternMessage !== undefined && pattern === undefined)
    out.push({
      field: where('patternMessage'),
      message: 'Có thông báo cho mẫu kiểm tra nhưng không có mẫu (pattern)',
    });
  return out;
}

/** Issues of `record.declaration`; `at` prefixes a path. */
export function formIssues(record: Loose, at: (rest: string) => string): FieldIssue[] {
  if (!isObject(record.declaration)) return [];
  const out: FieldIssue[] = [];
  const title = str(record.declaration.title);
  if (title !== undefined && title.length > 0 && title.trim() === '')
    out.push({ field: at('declaration.title'), message: 'Tên tờ khai không được để trống' });
  const keys = new Set<string>();
  arrayOf(record.declaration.fields).forEach((field, i) => {
    if (!isObject(field)) return;
    const where = (rest: string) => at(`declaration.fields[${i}].${rest}`);
    const key = str(field.key);
    if (key !== undefined) {
      if (keys.has(key)) out.push({ field: where('key'), message: `Mã mục tờ khai "${key}" bị trùng` });
      keys.add(key);
    }
    out.push(...fieldIssues(field, where));
  });
  return out;
}

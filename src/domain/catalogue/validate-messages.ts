/**
 * JSON-schema errors of the catalogue format turned into {field, message}: bracketed paths
 * ("procedures[12].documents[0].originals") and Vietnamese messages naming the field ("Số bản chính phải ≥ 0").
 */
import type { FieldIssue } from '../errors.js';

/** Vietnamese names of the record's properties, by the last segment of a path. */
const labels: Record<string, string> = {
  format: 'Định dạng tệp',
  version: 'Phiên bản định dạng',
  exportedAt: 'Thời điểm xuất',
  effectiveFrom: 'Ngày hiệu lực',
  procedures: 'Danh sách thủ tục',
  code: 'Mã',
  name: 'Tên',
  field: 'Lĩnh vực',
  decision: 'Số quyết định công bố',
  type: 'Loại thủ tục',
  levels: 'Cấp thực hiện',
  units: 'Đơn vị thực hiện',
  applicants: 'Đối tượng thực hiện',
  agencies: 'Cơ quan thực hiện',
  competent: 'Cơ quan có thẩm quyền',
  implementing: 'Cơ quan thực hiện',
  cooperating: 'Cơ quan phối hợp',
  delegated: 'Cơ quan được ủy quyền',
  steps: 'Trình tự thực hiện',
  channels: 'Cách thức thực hiện',
  kind: 'Loại',
  timeLimit: 'Thời hạn giải quyết',
  value: 'Thời hạn',
  unit: 'Đơn vị thời hạn',
  fees: 'Phí, lệ phí',
  amount: 'Số tiền',
  note: 'Ghi chú',
  cases: 'Danh sách trường hợp',
  documents: 'Thành phần hồ sơ',
  originals: 'Số bản chính',
  copies: 'Số bản sao',
  form: 'Mẫu đơn, tờ khai',
  url: 'Địa chỉ mẫu đơn',
  case: 'Trường hợp',
  results: 'Kết quả thực hiện',
  conditions: 'Yêu cầu, điều kiện',
  legalBasis: 'Căn cứ pháp lý',
  number: 'Số hiệu văn bản',
  title: 'Trích yếu văn bản',
  issuedOn: 'Ngày ban hành',
  issuer: 'Cơ quan ban hành',
  related: 'Thủ tục liên quan',
  onlineLevel: 'Mức độ trực tuyến',
  flags: 'Đặc điểm',
  sameDay: 'Giải quyết trong ngày',
  interAgency: 'Liên thông',
  clockOnSupplement: 'Cách tính thời hạn khi yêu cầu bổ sung',
  keywords: 'Từ khóa',
  workflow: 'Quy trình xử lý',
  role: 'Vai trò',
  share: 'Tỷ trọng thời gian',
  record: 'Thủ tục',
  questions: 'Câu hỏi',
  id: 'Mã câu hỏi',
  text: 'Nội dung câu hỏi',
  options: 'Phương án trả lời',
  label: 'Nhãn phương án',
  help: 'Giải thích',
  condition: 'Điều kiện',
  question: 'Câu hỏi của điều kiện',
  answers: 'Câu trả lời của điều kiện',
  declaration: 'Tờ khai điện tử',
  fields: 'Các mục của tờ khai',
  key: 'Mã mục tờ khai',
  required: 'Bắt buộc',
  minLength: 'Độ dài tối thiểu',
  maxLength: 'Độ dài tối đa',
  pattern: 'Mẫu kiểm tra',
  patternMessage: 'Thông báo khi sai mẫu',
  min: 'Giá trị nhỏ nhất',
  max: 'Giá trị lớn nhất',
  notFuture: 'Không sau hôm nay',
  group: 'Phần của tờ khai',
};

/** The Vietnamese name of the property at `path`, or "Giá trị" (e.g. for "steps[2]"). */
export function fieldLabel(path: string): string {
  if (/options\[\d+\]\.value$/.test(path)) return 'Giá trị phương án';
  if (/declaration\.title$/.test(path)) return 'Tên tờ khai';
  if (/fields\[\d+\]\.label$/.test(path)) return 'Nhãn mục tờ khai';
  if (/fields\[\d+\]\.kind$/.test(path)) return 'Loại mục tờ khai';
  if (/fields\[\d+\]\.options$/.test(path)) return 'Danh sách lựa chọn';
  const m = /([A-Za-z]+)(\[\d+\])?$/.exec(path);
  if (!m) return 'Giá trị';
  const label = labels[m[1]!];
  if (!label) return 'Giá trị';
  return m[2] ? `${label} (phần tử ${Number(m[2].slice(1, -1)) + 1})` : label;
}

const typeNames: Record<string, string> = {
  string: 'chuỗi ký tự',
  integer: 'số nguyên',
  number: 'số',
  boolean: 'true hoặc false',
  array: 'danh sách',
  object: 'đối tượng',
  null: 'null',
};

/** JSON pointer ("/procedures/12/documents/0") → "procedures[12].documents[0]" under `base`. */
export function pointerToPath(pointer: string, base: string): string {
  let out = base;
  if (pointer === '') return out;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^(0|[1-9][0-9]*)$/.test(seg)) out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

interface SchemaError {
  keyword: string;
  instancePath: string;
  params: object;
}

function describe(error: SchemaError, path: string, allowed: readonly unknown[]): string {
  const p = error.params as Record<string, unknown>;
  const label = fieldLabel(path);
  const limit = String(p.limit);
  switch (error.keyword) {
    case 'type': {
      const types = (Array.isArray(p.type) ? p.type : [p.type]) as string[];
      return `${label} phải là ${types.map((t) => typeNames[t] ?? t).join(' hoặc ')}`;
    }
    case 'minimum':
      return `${label} phải ≥ ${limit}`;
    case 'maximum':
      return `${label} phải ≤ ${limit}`;
    case 'exclusiveMinimum':
      return `${label} phải > ${limit}`;
    case 'exclusiveMaximum':
      return `${label} phải < ${limit}`;
    case 'minLength':
      return p.limit === 1 ? `${label} không được để trống` : `${label} phải có ít nhất ${limit} ký tự`;
    case 'maxLength':
      return `${label} dài quá ${limit} ký tự`;
    case 'minItems':
      return `${label} phải có ít nhất ${limit} phần tử`;
    case 'maxItems':
      return `${label} có quá ${limit} phần tử`;
    case 'pattern':
      return path.endsWith('code')
        ? `${label} không đúng định dạng (ví dụ 1.001193; lĩnh vực: chữ in hoa, ví dụ HT)`
        : `${label} không đúng định dạng`;
    case 'format':
      return p.format === 'date' ? `${label} phải là ngày dạng YYYY-MM-DD` : `${label} không đúng định dạng`;
    case 'anyOf':
    case 'oneOf':
    case 'enum':
      return allowed.length > 0
        ? `${label} phải là một trong: ${allowed.map((a) => String(a)).join(', ')}`
        : `${label} không hợp lệ`;
    default:
      return `${label} không hợp lệ`;
  }
}

/** Converts schema errors, collapsing the per-literal errors of a union into one "must be one of" issue. */
export function schemaIssues(errors: readonly SchemaError[], base: string): FieldIssue[] {
  const allowedAt = new Map<string, unknown[]>();
  for (const e of errors) {
    if (e.keyword !== 'const') continue;
    const list = allowedAt.get(e.instancePath) ?? [];
    list.push((e.params as { allowedValue?: unknown }).allowedValue);
    allowedAt.set(e.instancePath, list);
  }
  const out: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const path = pointerToPath(e.instancePath, base);
    if (e.keyword === 'const') {
      // Reported by the union's anyOf error; a lone literal (format: "motcua.catalogue") is reported here.
      if ((allowedAt.get(e.instancePath)?.length ?? 0) > 1) continue;
      out.push({
        field: path,
        message: `${fieldLabel(path)} phải là ${JSON.stringify((e.params as { allowedValue?: unknown }).allowedValue)}`,
      });
      continue;
    }
    if (e.keyword === 'required') {
      for (const prop of (e.params as { requiredProperties?: string[] }).requiredProperties ?? []) {
        const field = path === '' ? prop : `${path}.${prop}`;
        out.push({ field, message: `Thiếu ${fieldLabel(field).toLowerCase()} (${prop})` });
      }
      continue;
    }
    const allowed =
      e.keyword === 'enum'
        ? ((e.params as { allowedValues?: unknown[] }).allowedValues ?? [])
        : (allowedAt.get(e.instancePath) ?? []);
    const message = describe(e, path, allowed);
    const key = `${path}\u0001${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field: path || 'body', message });
  }
  return out;
}

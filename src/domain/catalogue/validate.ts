/**
 * Validation of procedure records and catalogue files: the JSON schema of record.ts, then the rules a schema cannot
 * say (a document's case must be one of the cases, channel kinds unique, same-day means 0, …). Every problem is
 * reported, each as {field, message} with a path like "procedures[3].channels[0].timeLimit.value" and a message in
 * Vietnamese. Accepted records are returned without properties the format does not know.
 */
import { Type } from 'typebox';
import { Compile } from 'typebox/compile';
import { Value } from 'typebox/value';
import type { FieldIssue } from '../errors.js';
import { CatalogueFile, ProcedureRecord } from './record.js';
import { fieldLabel, schemaIssues } from './validate-messages.js';
import { formIssues } from './validate-form.js';
import { questionIssues } from './validate-questions.js';

export type CheckResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Same pattern as ProcedureRecord.code. */
export const PROCEDURE_CODE = /^[0-9A-Za-z][0-9A-Za-z._-]{2,39}$/;
/** Same pattern as the units table (mã định danh cơ quan), e.g. 000.00.06.H56. */
const AGENCY_ID = /^[0-9A-Z]{2,3}(\.[0-9A-Z]{2,3}){2,3}$/;
/** At most this many issues are listed for one file; the last issue says how many more there were. */
export const MAX_LISTED_ISSUES = 2000;

const recordSchema = Compile(ProcedureRecord);
const fileHeaderSchema = Compile(
  Type.Object({
    format: CatalogueFile.properties.format,
    version: CatalogueFile.properties.version,
    exportedAt: CatalogueFile.properties.exportedAt,
    effectiveFrom: CatalogueFile.properties.effectiveFrom,
    procedures: Type.Array(Type.Unknown(), { maxItems: 20000 }),
  }),
);

const join = (base: string, rest: string) =>
  base === '' ? rest : rest.startsWith('[') ? base + rest : `${base}.${rest}`;

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const arrayOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

// With the u flag a surrogate pair is one code point, so this matches only unpaired halves.
const LONE_SURROGATE = /\p{Cs}/u;

/** Strings PostgreSQL's jsonb cannot hold (NUL) or that are not well-formed UTF-16 (lone surrogates). */
function badStrings(value: unknown, path: string, out: FieldIssue[]) {
  if (typeof value === 'string') {
    if (value.includes('\u0000') || LONE_SURROGATE.test(value)) {
      out.push({ field: path, message: `${fieldLabel(path)} chứa ký tự không hợp lệ` });
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => badStrings(v, `${path}[${i}]`, out));
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) badStrings(v, join(path, k), out);
  }
}

/** The rules beyond the schema. Written defensively: they also run on records that failed the schema. */
function ruleIssues(r: Loose, base: string): FieldIssue[] {
  const out: FieldIssue[] = [];
  const at = (rest: string) => join(base, rest);
  const code = str(r.code);

  for (const key of ['name'] as const) {
    const v = str(r[key]);
    if (v !== undefined && v.length > 0 && v.trim() === '')
      out.push({ field: at(key), message: 'Tên không được để trống' });
  }

  const cases = arrayOf(r.cases).map(str);
  const seenCases = new Set<string>();
  cases.forEach((c, i) => {
    if (c === undefined) return;
    if (seenCases.has(c)) out.push({ field: at(`cases[${i}]`), message: `Trường hợp "${c}" bị trùng` });
    seenCases.add(c);
  });

  arrayOf(r.documents).forEach((doc, i) => {
    if (!isObject(doc)) return;
    const name = str(doc.name);
    if (name !== undefined && name.length > 0 && name.trim() === '') {
      out.push({ field: at(`documents[${i}].name`), message: 'Tên giấy tờ không được để trống' });
    }
    const c = str(doc.case);
    if (c !== undefined && !seenCases.has(c)) {
      out.push({
        field: at(`documents[${i}].case`),
        message:
          seenCases.size === 0
            ? `Giấy tờ thuộc trường hợp "${c}" nhưng thủ tục không khai báo trường hợp nào (cases)`
            : `Trường hợp "${c}" không có trong danh sách trường hợp (cases)`,
      });
    }
  });

  const kinds = new Set<string>();
  const channels = arrayOf(r.channels);
  channels.forEach((ch, i) => {
    if (!isObject(ch)) return;
    const kind = str(ch.kind);
    if (kind !== undefined) {
      if (kinds.has(kind))
        out.push({ field: at(`channels[${i}].kind`), message: `Kênh "${kind}" bị khai báo hai lần` });
      kinds.add(kind);
    }
    const tl = ch.timeLimit;
    if (!isObject(tl) || typeof tl.value !== 'number') return;
    if (tl.unit === 'same_day' && tl.value !== 0) {
      out.push({
        field: at(`channels[${i}].timeLimit.value`),
        message: 'Thủ tục giải quyết trong ngày phải có thời hạn 0',
      });
    } else if (tl.unit !== 'same_day' && tl.value <= 0) {
      out.push({
        field: at(`channels[${i}].timeLimit.value`),
        message: 'Thời hạn phải lớn hơn 0 (thủ tục giải quyết trong ngày dùng đơn vị same_day)',
      });
    }
  });

  const levels = arrayOf(r.levels);
  levels.forEach((l, i) => {
    if (levels.indexOf(l) !== i)
      out.push({ field: at(`levels[${i}]`), message: `Cấp thực hiện "${String(l)}" bị trùng` });
  });

  arrayOf(r.units).forEach((u, i) => {
    if (typeof u === 'string' && !AGENCY_ID.test(u)) {
      out.push({
        field: at(`units[${i}]`),
        message: `Mã định danh đơn vị "${u}" không đúng định dạng (ví dụ 000.00.06.H56)`,
      });
    }
  });

  const related = arrayOf(r.related);
  related.forEach((rel, i) => {
    if (typeof rel !== 'string') return;
    if (!PROCEDURE_CODE.test(rel)) {
      out.push({
        field: at(`related[${i}]`),
        message: `Mã thủ tục liên quan "${rel}" không đúng định dạng (ví dụ 1.001193)`,
      });
    } else if (rel === code) {
      out.push({ field: at(`related[${i}]`), message: 'Thủ tục không thể liên quan tới chính nó' });
    } else if (related.indexOf(rel) !== i) {
      out.push({ field: at(`related[${i}]`), message: `Mã thủ tục liên quan "${rel}" bị trùng` });
    }
  });

  const flags = isObject(r.flags) ? r.flags : {};
  const desk = channels.find((c) => isObject(c) && c.kind === 'desk') as Loose | undefined;
  const deskLimit = desk && isObject(desk.timeLimit) ? desk.timeLimit : undefined;
  if (flags.sameDay === true && deskLimit) {
    const quick =
      deskLimit.unit === 'same_day' ||
      (deskLimit.unit === 'working_hours' && typeof deskLimit.value === 'number' && deskLimit.value <= 8);
    if (!quick) {
      out.push({
        field: at('flags.sameDay'),
        message:
          'Thủ tục giải quyết trong ngày phải có thời hạn trực tiếp "trong ngày" hoặc tối đa 8 giờ làm việc',
      });
    }
  }
  if ((r.onlineLevel === 'full' || r.onlineLevel === 'partial') && !kinds.has('online')) {
    out.push({
      field: at('onlineLevel'),
      message: 'Dịch vụ công trực tuyến phải có kênh trực tuyến (online) trong channels',
    });
  }

  const workflow = isObject(r.workflow) ? arrayOf(r.workflow.steps) : [];
  workflow.forEach((step, i) => {
    if (!isObject(step)) return;
    const where = `workflow.steps[${i}]`;
    if (i === 0 && step.kind !== 'receive')
      out.push({
        field: at(`${where}.kind`),
        message: 'Bước đầu tiên của quy trình phải là tiếp nhận (receive)',
      });
    if (i === workflow.length - 1 && step.kind !== 'return')
      out.push({
        field: at(`${where}.kind`),
        message: 'Bước cuối cùng của quy trình phải là trả kết quả (return)',
      });
    const unit = str(step.unit);
    if (unit !== undefined && !AGENCY_ID.test(unit)) {
      out.push({
        field: at(`${where}.unit`),
        message: `Mã định danh đơn vị "${unit}" không đúng định dạng (ví dụ 000.00.06.H56)`,
      });
    }
    if ((step.kind === 'receive' || step.kind === 'return') && unit !== undefined) {
      out.push({
        field: at(`${where}.unit`),
        message: 'Bước tiếp nhận và trả kết quả do đơn vị tiếp nhận hồ sơ thực hiện, không ghi đơn vị',
      });
    }
  });
  if (flags.interAgency !== true && workflow.some((s) => isObject(s) && s.kind === 'transfer')) {
    out.push({
      field: at('flags.interAgency'),
      message: 'Quy trình có bước chuyển liên thông thì thủ tục phải được đánh dấu liên thông (interAgency)',
    });
  }

  out.push(...questionIssues(r, at));
  out.push(...formIssues(r, at));
  badStrings(r, base, out);
  return out;
}

/**
 * What a file of an earlier format version cannot have: questions and conditions came with version 2, the
 * declaration's e-form with version 3. A file that has them says its version wrongly.
 */
function laterVersionOnly(r: Loose, base: string, version: number): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (version < 2) {
    const message =
      'Câu hỏi và điều kiện của giấy tờ chỉ có từ định dạng phiên bản 2: ghi "version": 2 (hoặc 3) trong tệp';
    if (r.questions !== undefined) out.push({ field: join(base, 'questions'), message });
    arrayOf(r.documents).forEach((d, i) => {
      if (isObject(d) && d.condition !== undefined)
        out.push({ field: join(base, `documents[${i}].condition`), message });
    });
  }
  if (version < 3 && r.declaration !== undefined) {
    out.push({
      field: join(base, 'declaration'),
      message: 'Tờ khai điện tử (declaration) chỉ có từ định dạng phiên bản 3: ghi "version": 3 trong tệp',
    });
  }
  return out;
}

/** Checks one record; `base` prefixes every issue path (e.g. "record" or "procedures[3]"). */
export function checkRecord(input: unknown, base = ''): CheckResult<ProcedureRecord> {
  const issues = recordSchema.Check(input) ? [] : schemaIssues(recordSchema.Errors(input), base);
  if (isObject(input)) issues.push(...ruleIssues(input, base));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: Value.Clean(ProcedureRecord, Value.Clone(input)) as ProcedureRecord };
}

/**
 * Checks a whole catalogue file. Every issue of every record is listed (up to MAX_LISTED_ISSUES), each message
 * naming the record's code, plus codes used twice in the file.
 */
export function checkCatalogueFile(input: unknown): CheckResult<CatalogueFile> {
  if (!fileHeaderSchema.Check(input)) {
    return { ok: false, issues: schemaIssues(fileHeaderSchema.Errors(input), '') };
  }
  const file = input as { procedures: unknown[] } & Loose;
  const issues: FieldIssue[] = [];
  const firstIndex = new Map<string, number>();
  const procedures: ProcedureRecord[] = [];
  file.procedures.forEach((raw, i) => {
    const base = `procedures[${i}]`;
    const code = isObject(raw) ? str(raw.code) : undefined;
    const who = code ? `Thủ tục ${code}` : `Thủ tục thứ ${i + 1}`;
    const result = checkRecord(raw, base);
    if (isObject(raw)) {
      for (const issue of laterVersionOnly(raw, base, file.version as number))
        issues.push({ field: issue.field, message: `${who}: ${issue.message}` });
    }
    if (!result.ok) {
      for (const issue of result.issues)
        issues.push({ field: issue.field, message: `${who}: ${issue.message}` });
    } else {
      procedures.push(result.value);
    }
    if (code !== undefined) {
      const first = firstIndex.get(code);
      if (first === undefined) firstIndex.set(code, i);
      else issues.push({ field: `${base}.code`, message: `${who}: mã trùng với procedures[${first}]` });
    }
  });
  if (issues.length > 0) {
    if (issues.length > MAX_LISTED_ISSUES) {
      const more = issues.length - MAX_LISTED_ISSUES;
      issues.length = MAX_LISTED_ISSUES;
      issues.push({ field: 'procedures', message: `Còn ${more} lỗi khác không được liệt kê` });
    }
    return { ok: false, issues };
  }
  const header = Value.Clean(CatalogueFile, { ...file, procedures: [] }) as CatalogueFile;
  return { ok: true, value: { ...header, procedures } };
}

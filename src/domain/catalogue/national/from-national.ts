/**
 * Converts one record of the national catalogue (Vietnamese keys, glued table text) into a motcua procedure record.
 * Whatever cannot be read is reported as an issue; nothing is guessed silently. Conventions where the national
 * record says nothing:
 * - onlineLevel: "full" when the name says "toàn trình", "partial" when there is an online channel, else "none";
 * - flags.sameDay: every channel's time limit is "within the day";
 * - flags.interAgency: the record names cooperating agencies, or its name says "liên thông";
 * - clockOnSupplement: "restart", the law's default;
 * - keywords: none (curated by hand).
 */
import { levels as levelOrder, type Level, type ProcedureRecord } from '../record.js';
import { checkRecord } from '../validate.js';
import { parseChannels } from './channels.js';
import { guessConditions, type ConditionGuess } from './conditions.js';
import { parseDocuments } from './documents.js';
import { fieldCodes, type FieldRef } from './fields.js';
import { parseLegalBasis } from './legal-basis.js';
import { nationalSections, pageCode, textOf, type NationalRecord } from './raw.js';
import { parseApplicants, parseResults, parseSteps } from './steps.js';
import { clip, isNoInfo, oneLine, type ConversionIssue } from './text.js';

export type { ConversionIssue } from './text.js';
export type { NationalRecord } from './raw.js';

export interface FromNationalOptions {
  /** Field codes for the whole batch (see fieldCodes), so that generated codes do not depend on one record. */
  fieldCodes?: Map<string, FieldRef>;
}

export interface NationalConversion {
  /** The converted record; absent when the national record cannot make a valid one. */
  record?: ProcedureRecord;
  issues: ConversionIssue[];
  /** The conditions proposed from documents' wording (conditions.ts), each to be checked by a person. */
  guesses: ConditionGuess[];
}

const LEVELS: Record<string, Level> = { 'cấp bộ': 'central', 'cấp tỉnh': 'province', 'cấp xã': 'commune' };
const CODE = /^[0-9A-Za-z][0-9A-Za-z._-]{2,39}$/;

function parseLevels(text: string, issues: ConversionIssue[]): Level[] {
  const found = new Set<Level>();
  for (const part of oneLine(text).split(',')) {
    const p = part.trim();
    if (!p) continue;
    const level = LEVELS[p.toLowerCase()];
    if (level) found.add(level);
    else issues.push({ field: 'levels', message: `cấp thực hiện "${p}" không có trong motcua, bỏ qua` });
  }
  return levelOrder.filter((l) => found.has(l));
}

function cleanName(name: string, code: string): string {
  return oneLine(name)
    .replace(new RegExp(String.raw`\s*\(\s*${code.replace(/\./g, '\\.')}\s*\)\s*$`), '')
    .replace(/[\s.;,]+$/, '')
    .trim();
}

function optionalText(
  raw: NationalRecord,
  key: keyof NationalRecord,
  issues: ConversionIssue[],
  what: string,
) {
  const text = oneLine(textOf(raw, key));
  if (isNoInfo(text)) return undefined;
  if (text.length > 1000)
    issues.push({ field: 'agencies', message: `${what} dài quá 1000 ký tự, đã rút gọn` });
  return clip(text, 1000);
}

function isRecord(v: unknown): v is NationalRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function fromNational(input: unknown, options: FromNationalOptions = {}): NationalConversion {
  const issues: ConversionIssue[] = [];
  if (!isRecord(input))
    return { issues: [{ field: 'record', message: 'không phải một bản ghi JSON (object)' }], guesses: [] };
  const raw = input;
  const code = oneLine(textOf(raw, 'ma_thu_tuc'));
  if (!CODE.test(code))
    return { issues: [{ field: 'code', message: `mã thủ tục không hợp lệ: "${code}"` }], guesses: [] };
  const onPage = pageCode(raw);
  if (onPage && onPage !== code) {
    return {
      issues: [
        {
          field: 'code',
          message: `trang gốc mang mã ${onPage}, không phải ${code}: bản ghi chứa trang của thủ tục khác`,
        },
      ],
      guesses: [],
    };
  }
  const name = cleanName(textOf(raw, 'ten_thu_tuc'), code);
  if (name.length < 3) return { issues: [{ field: 'name', message: 'không có tên thủ tục' }], guesses: [] };

  const fieldName = oneLine(textOf(raw, 'linh_vuc'));
  let field: FieldRef = { code: 'KHAC', name: 'Khác' };
  if (!fieldName) issues.push({ field: 'field', message: 'không có lĩnh vực; xếp vào "Khác"' });
  else
    field =
      (options.fieldCodes ?? fieldCodes([fieldName])).get(fieldName) ??
      fieldCodes([fieldName]).get(fieldName) ??
      field;

  const levels = parseLevels(textOf(raw, 'cap_thuc_hien'), issues);
  if (levels.length === 0)
    issues.push({ field: 'levels', message: 'không có cấp thực hiện nào motcua dùng được' });

  const sections = nationalSections(raw);
  const steps = parseSteps(sections.steps);
  const channels = parseChannels(sections.channels, sections.steps);
  const docs = parseDocuments(sections.documents);
  const legal = parseLegalBasis(sections.legalBasis);
  const results = parseResults(sections.results);
  issues.push(...steps.issues, ...channels.issues, ...docs.issues, ...legal.issues, ...results.issues);
  if (channels.channels.length === 0)
    issues.push({ field: 'channels', message: 'không còn kênh nào có thời hạn' });

  const conditionParts: string[] = [];
  if (!isNoInfo(sections.conditions)) conditionParts.push(sections.conditions.trim());
  if (docs.notes.length) {
    conditionParts.push(['Lưu ý về thành phần hồ sơ:', ...docs.notes.map((n) => `- ${n}`)].join('\n'));
  }
  const conditions = conditionParts.join('\n\n');
  if (conditions.length > 10000)
    issues.push({ field: 'conditions', message: 'yêu cầu, điều kiện dài quá 10000 ký tự, đã rút gọn' });

  const relatedText = textOf(raw, 'thu_tuc_lien_quan');
  const related = [...new Set(relatedText.match(/\b\d\.\d{6}(?:\.[A-Z0-9]+)?\b/g) ?? [])].filter(
    (c) => c !== code,
  );
  if (!isNoInfo(relatedText) && related.length === 0) {
    issues.push({
      field: 'related',
      message: `thủ tục liên quan không có mã: "${clip(oneLine(relatedText), 80)}"`,
    });
  }

  const agencies = {
    competent: optionalText(raw, 'co_quan_co_tham_quyen', issues, 'cơ quan có thẩm quyền'),
    implementing: optionalText(raw, 'co_quan_thuc_hien', issues, 'cơ quan thực hiện'),
    cooperating: optionalText(raw, 'co_quan_phoi_hop', issues, 'cơ quan phối hợp'),
    delegated: optionalText(raw, 'co_quan_duoc_uy_quyen', issues, 'cơ quan được ủy quyền'),
  };
  const hasAgency = Object.values(agencies).some(Boolean);
  const online = channels.channels.some((c) => c.kind === 'online');

  const record: ProcedureRecord = {
    code,
    name: clip(name, 1000),
    field,
    levels,
    applicants: parseApplicants(textOf(raw, 'doi_tuong_thuc_hien')),
    steps: steps.steps,
    channels: channels.channels,
    cases: docs.cases,
    documents: docs.documents,
    results: results.results,
    legalBasis: legal.legalBasis,
    related: related.slice(0, 50),
    onlineLevel: /toàn trình/iu.test(name) ? 'full' : online ? 'partial' : 'none',
    flags: {
      sameDay:
        channels.channels.length > 0 && channels.channels.every((c) => c.timeLimit.unit === 'same_day'),
      interAgency: agencies.cooperating !== undefined || /liên thông/iu.test(name),
    },
    clockOnSupplement: 'restart',
    keywords: [],
  };
  const decision = oneLine(textOf(raw, 'so_quyet_dinh'));
  if (!isNoInfo(decision)) record.decision = clip(decision, 200);
  const type = oneLine(textOf(raw, 'loai_thu_tuc'));
  if (!isNoInfo(type)) record.type = clip(type, 300);
  if (hasAgency) {
    record.agencies = Object.fromEntries(Object.entries(agencies).filter(([, v]) => v !== undefined));
  }
  if (conditions) record.conditions = clip(conditions, 10000);

  const guessed = guessConditions(record);
  const checked = checkRecord(guessed.record);
  if (!checked.ok) {
    for (const e of checked.issues.slice(0, 5))
      issues.push({ field: 'record', message: `${e.field}: ${e.message}` });
    return { issues, guesses: [] };
  }
  return { record: checked.value, issues, guesses: guessed.guesses };
}

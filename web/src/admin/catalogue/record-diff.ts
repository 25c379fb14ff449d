/**
 * What changed between two versions of a procedure, part by part, in words an administrator reads:
 * "Từ khóa: thêm «khai sinh lại»", "Thành phần hồ sơ: sửa «Giấy chứng sinh» (số bản sao 0 → 1)".
 * Lists are matched by what identifies an item (a document by its name, a channel by its kind, a legal document
 * by its number), so a reordering reads as one line, not as every item changed. Pure.
 */
import {
  channelNames,
  documentKindShort,
  formatFees,
  formatTimeLimit,
  levelNames,
  onlineLevelNames,
} from '../../../../src/domain/checklist/checklist.js';
import { conditionInWords } from '../../../../src/domain/checklist/conditions.js';
import type {
  Channel,
  ChecklistQuestion,
  ProcedureRecord,
  RequiredDocument,
} from '../../../../src/domain/catalogue/record.js';

export interface PartChange {
  key: string;
  label: string;
  changes: string[];
}

/** Vietnamese names of the record's parts, in the order the edit form shows them. */
export const partLabels: Record<string, string> = {
  code: 'Mã thủ tục',
  name: 'Tên thủ tục',
  field: 'Lĩnh vực',
  decision: 'Quyết định công bố',
  type: 'Loại thủ tục',
  levels: 'Cấp thực hiện',
  units: 'Đơn vị thực hiện',
  applicants: 'Đối tượng thực hiện',
  agencies: 'Cơ quan',
  steps: 'Trình tự thực hiện',
  channels: 'Cách thức thực hiện',
  cases: 'Trường hợp',
  questions: 'Câu hỏi về trường hợp',
  documents: 'Thành phần hồ sơ',
  results: 'Kết quả',
  conditions: 'Yêu cầu, điều kiện',
  legalBasis: 'Căn cứ pháp lý',
  related: 'Thủ tục liên quan',
  onlineLevel: 'Mức độ trực tuyến',
  flags: 'Đặc điểm',
  clockOnSupplement: 'Thời hạn khi yêu cầu bổ sung',
  keywords: 'Từ khóa',
};

const MAX = 80;
const short = (s: string) => (s.length > MAX ? s.slice(0, MAX - 1) + '…' : s);
const quote = (s: string) => `«${short(s)}»`;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const orNone = (s: string | undefined | null) => (s === undefined || s === null || s === '' ? '(trống)' : s);

function textChange(a: string | undefined, b: string | undefined): string[] {
  if ((a ?? '') === (b ?? '')) return [];
  return [`${quote(orNone(a))} → ${quote(orNone(b))}`];
}

function setChange(a: readonly string[], b: readonly string[], name = (s: string) => s): string[] {
  const added = b.filter((x) => !a.includes(x));
  const removed = a.filter((x) => !b.includes(x));
  const out: string[] = [];
  if (added.length) out.push('thêm ' + added.map((x) => quote(name(x))).join(', '));
  if (removed.length) out.push('bỏ ' + removed.map((x) => quote(name(x))).join(', '));
  if (!out.length && !same(a, b)) out.push('đổi thứ tự');
  return out;
}

/** A list of items with an identity: added, removed, changed (with what changed), reordered. */
function listChange<T>(
  a: readonly T[],
  b: readonly T[],
  id: (item: T) => string,
  details: (x: T, y: T) => string[],
  label: (item: T) => string = id,
): string[] {
  const aIds = a.map(id);
  const bIds = b.map(id);
  const out: string[] = [];
  const added = b.filter((x) => !aIds.includes(id(x)));
  const removed = a.filter((x) => !bIds.includes(id(x)));
  if (added.length) out.push('thêm ' + added.map((x) => quote(label(x))).join(', '));
  if (removed.length) out.push('bỏ ' + removed.map((x) => quote(label(x))).join(', '));
  for (const y of b) {
    const x = a.find((i) => id(i) === id(y));
    if (x && !same(x, y)) {
      const d = details(x, y);
      out.push(`sửa ${quote(label(y))}${d.length ? ` (${d.join('; ')})` : ''}`);
    }
  }
  const common = (ids: string[], other: string[]) => ids.filter((i) => other.includes(i));
  if (!same(common(aIds, bIds), common(bIds, aIds))) out.push('đổi thứ tự');
  return out;
}

/** "luôn cần", or "cần khi Có ủy quyền …? — Có" in the words of the record it belongs to. */
function conditionWords(record: ProcedureRecord, doc: RequiredDocument): string {
  if (!doc.condition) return 'luôn cần';
  const words = conditionInWords(record, doc).replace(/^Chỉ khi: /, '');
  return `cần khi ${words || `${doc.condition.question} — ${doc.condition.answers.join(' / ')}`}`;
}

const docDetails = (a: ProcedureRecord, b: ProcedureRecord) => (x: RequiredDocument, y: RequiredDocument) => {
  const out: string[] = [];
  if (x.kind !== y.kind) out.push(`${documentKindShort[x.kind]} → ${documentKindShort[y.kind]}`);
  if (x.originals !== y.originals) out.push(`số bản chính ${x.originals} → ${y.originals}`);
  if (x.copies !== y.copies) out.push(`số bản sao ${x.copies} → ${y.copies}`);
  if (!same(x.form, y.form)) out.push('mẫu đơn, tờ khai');
  if ((x.case ?? '') !== (y.case ?? '')) out.push(`trường hợp ${orNone(x.case)} → ${orNone(y.case)}`);
  const cx = conditionWords(a, x);
  const cy = conditionWords(b, y);
  if (cx !== cy) out.push(`điều kiện: ${cx} → ${cy}`);
  if ((x.note ?? '') !== (y.note ?? '')) out.push('ghi chú');
  return out;
};

function questionDetails(x: ChecklistQuestion, y: ChecklistQuestion): string[] {
  const out: string[] = [];
  if (x.text !== y.text) out.push(`${quote(x.text)} → ${quote(y.text)}`);
  if (x.kind !== y.kind || !same(x.options, y.options)) out.push('phương án trả lời');
  if ((x.help ?? '') !== (y.help ?? '')) out.push('giải thích');
  return out;
}

function channelDetails(x: Channel, y: Channel): string[] {
  const out: string[] = [];
  const tx = formatTimeLimit(x.timeLimit);
  const ty = formatTimeLimit(y.timeLimit);
  if (tx !== ty) out.push(`thời hạn ${tx} → ${ty}`);
  else if ((x.timeLimit.note ?? '') !== (y.timeLimit.note ?? '')) out.push('ghi chú thời hạn');
  const fx = formatFees(x.fees);
  const fy = formatFees(y.fees);
  if (fx !== fy) out.push(`phí, lệ phí ${fx.replace(/\n/g, '; ')} → ${fy.replace(/\n/g, '; ')}`);
  if ((x.note ?? '') !== (y.note ?? '')) out.push('mô tả');
  return out;
}

function partChanges(key: string, a: ProcedureRecord, b: ProcedureRecord): string[] {
  switch (key) {
    case 'field':
      return textChange(`${a.field.code} — ${a.field.name}`, `${b.field.code} — ${b.field.name}`);
    case 'levels':
      return setChange(a.levels, b.levels, (l) => levelNames[l as keyof typeof levelNames] ?? l);
    case 'units':
      return setChange(a.units ?? [], b.units ?? []);
    case 'applicants':
    case 'cases':
    case 'related':
    case 'keywords':
      return setChange(a[key], b[key]);
    case 'agencies': {
      const names = {
        competent: 'có thẩm quyền',
        implementing: 'thực hiện',
        cooperating: 'phối hợp',
        delegated: 'được ủy quyền',
      } as const;
      return (Object.keys(names) as (keyof typeof names)[]).flatMap((k) =>
        textChange(a.agencies?.[k], b.agencies?.[k]).map((c) => `${names[k]}: ${c}`),
      );
    }
    case 'steps': {
      const out: string[] = [];
      const n = Math.max(a.steps.length, b.steps.length);
      for (let i = 0; i < n; i += 1) {
        if (a.steps[i] === b.steps[i]) continue;
        if (a.steps[i] === undefined) out.push(`thêm bước ${i + 1}`);
        else if (b.steps[i] === undefined) out.push(`bỏ bước ${i + 1}`);
        else out.push(`sửa bước ${i + 1}`);
      }
      return out;
    }
    case 'channels':
      return listChange(
        a.channels,
        b.channels,
        (c) => c.kind,
        channelDetails,
        (c) => channelNames[c.kind],
      );
    case 'documents':
      return listChange(
        a.documents,
        b.documents,
        (d) => `${d.case ?? ''}\u0000${d.name}`,
        docDetails(a, b),
        (d) => (d.case ? `${d.name} (${d.case})` : d.name),
      );
    case 'questions':
      return listChange(
        a.questions ?? [],
        b.questions ?? [],
        (q) => q.id,
        questionDetails,
        (q) => q.text,
      );
    case 'results':
      return listChange(
        a.results,
        b.results,
        (r) => r.name,
        () => ['mã kết quả'],
      );
    case 'legalBasis':
      return listChange(
        a.legalBasis,
        b.legalBasis,
        (l) => l.number,
        () => ['trích yếu, ngày hoặc cơ quan ban hành'],
      );
    case 'onlineLevel':
      return textChange(onlineLevelNames[a.onlineLevel], onlineLevelNames[b.onlineLevel]);
    case 'flags': {
      const yes = (v: boolean) => (v ? 'có' : 'không');
      const out: string[] = [];
      if (a.flags.sameDay !== b.flags.sameDay)
        out.push(`giải quyết trong ngày: ${yes(a.flags.sameDay)} → ${yes(b.flags.sameDay)}`);
      if (a.flags.interAgency !== b.flags.interAgency)
        out.push(`liên thông: ${yes(a.flags.interAgency)} → ${yes(b.flags.interAgency)}`);
      return out;
    }
    case 'clockOnSupplement': {
      const names = { pause: 'tạm dừng', restart: 'tính lại từ đầu' } as const;
      return textChange(names[a.clockOnSupplement], names[b.clockOnSupplement]);
    }
    default: {
      const x = (a as unknown as Record<string, unknown>)[key];
      const y = (b as unknown as Record<string, unknown>)[key];
      if (same(x, y)) return [];
      if ((x === undefined || typeof x === 'string') && (y === undefined || typeof y === 'string')) {
        return textChange(x, y);
      }
      return ['có thay đổi'];
    }
  }
}

/** The parts of `to` that differ from `from`, each with what changed; empty when they say the same thing. */
export function diffRecords(from: ProcedureRecord, to: ProcedureRecord): PartChange[] {
  const keys = [
    ...Object.keys(partLabels),
    ...[...Object.keys(from), ...Object.keys(to)].filter((k) => !(k in partLabels)),
  ];
  const out: PartChange[] = [];
  for (const key of [...new Set(keys)]) {
    const x = (from as unknown as Record<string, unknown>)[key];
    const y = (to as unknown as Record<string, unknown>)[key];
    if (same(x, y)) continue;
    const changes = partChanges(key, from, to);
    if (changes.length) out.push({ key, label: partLabels[key] ?? key, changes });
  }
  return out;
}

const itemNames: Record<string, string> = {
  channels: 'cách thức',
  fees: 'khoản phí',
  documents: 'giấy tờ',
  questions: 'câu hỏi',
  options: 'phương án',
  cases: 'trường hợp',
  steps: 'bước',
  results: 'kết quả',
  legalBasis: 'văn bản',
  applicants: 'đối tượng',
  keywords: 'từ khóa',
  related: 'thủ tục liên quan',
  units: 'đơn vị',
};

/** Where a server error's path points, in words: "record.documents[1].copies" → "Thành phần hồ sơ, giấy tờ 2". */
export function pathPlace(field: string): string {
  if (field === 'effectiveFrom') return 'Hiệu lực từ ngày';
  if (field === 'note') return 'Ghi chú phiên bản';
  const parts = field.replace(/^record\.?/, '').split('.');
  const top = /^([A-Za-z]+)/.exec(parts[0] ?? '')?.[1];
  if (!top) return 'Thủ tục';
  const words = [partLabels[top] ?? top];
  for (const part of parts) {
    const m = /^([A-Za-z]+)\[(\d+)\]/.exec(part);
    if (m && itemNames[m[1]!]) words.push(`${itemNames[m[1]!]} ${Number(m[2]) + 1}`);
  }
  return words.join(', ');
}

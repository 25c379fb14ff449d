/**
 * Required documents (thành phần hồ sơ). The portal shows one table per group ("* Giấy tờ phải nộp:",
 * "* Giấy tờ phải xuất trình:", "* Lưu ý:", a case such as "Trường hợp ủy quyền…:", or "--" for none), each with
 * columns "Tên giấy tờ | Mẫu đơn, tờ khai | Số lượng". Flattened, a group reads
 * "<title>Tên giấy tờMẫu đơn, tờ khaiSố lượng<name><form file>1 bản chính,1 bản sao<name>…0 bản chính<next title>".
 * Rows with no original and no copy are explanations, not documents: they become notes.
 */
import type { RequiredDocument } from '../record.js';
import { clip, cleanItem, isLower, isUpper, oneLine, type ConversionIssue } from './text.js';

const HEADER = /Tên giấy tờ\s*Mẫu đơn, tờ khai\s*Số lượng/g;
const COUNT =
  /(\d+)\s*bản chính(?:\s*,\s*(\d+)\s*bản sao)?|(\d+)\s*bản sao|Bản chính\s*:\s*(\d+)\s*[-–]\s*Bản sao\s*:\s*(\d+)/gu;
const FORM_FILE = /\.(?:docx?|pdf|xlsx?|rar|zip|odt)(?![\p{L}\d])/giu;

export interface ParsedDocuments {
  documents: RequiredDocument[];
  cases: string[];
  /** Explanations found among the rows (rows with no count, and the "Lưu ý" group). */
  notes: string[];
  issues: ConversionIssue[];
}

type GroupRole = { role: 'submit' | 'present' | 'notes'; case?: string };

/** Titles that name a situation: "Trường hợp…", "Đối với…", "Nếu…", "a) …", "(2) …", "Hồ sơ đăng ký đối với…". */
const CASE_TITLE = /^(trường hợp|đối với|nếu|khi|[a-zđ]\)|\(?\d+\)|\d+\.\s|hồ sơ .*(đối với|trường hợp))/iu;

/** What a group title means: documents to submit or to show, notes, or the documents of a named case. */
export function classifyGroup(title: string): GroupRole {
  const t = oneLine(title)
    .replace(/^[-–*•\s]+/, '')
    .replace(/[:\s]+$/, '')
    .trim();
  if (t === '' || /^-*$/.test(t)) return { role: 'submit' };
  if (/^lưu ý/iu.test(t)) return { role: 'notes' };
  if (/xuất trình/iu.test(t) && /^giấy tờ/iu.test(t)) return { role: 'present' };
  const role = /xuất trình/iu.test(t) ? 'present' : 'submit';
  // Only a title that names a situation is a case; "Người yêu cầu nộp 01 bộ hồ sơ, gồm…" introduces the list.
  if (/^([a-z]\)\s*)?thành phần hồ sơ/iu.test(t) || !CASE_TITLE.test(t)) return { role };
  return { role, case: caseTitle(t) };
}

/** A readable case name from a group title: "Trường hợp ủy quyền thực hiện thủ tục thì hồ sơ phải…" → first clause. */
function caseTitle(title: string): string {
  const t = title
    .replace(
      /\s*(?:thì|,)?\s*(?:hồ sơ|kèm theo hồ sơ)[^,]*?(?:gồm|bao gồm|phải có|sau|sau đây|như sau)\s*$/iu,
      '',
    )
    .replace(/[:\s,]+$/, '')
    .trim();
  return t === '' ? title : t;
}

/**
 * Splits a row's text into the document name and the form file glued after it
 * ("Tờ khai đăng ký khai sinhMẫu TK.docx" → name "Tờ khai đăng ký khai sinh", form "Mẫu TK.docx").
 */
export function splitForm(text: string): { name: string; form?: string } {
  FORM_FILE.lastIndex = 0;
  const first = FORM_FILE.exec(text);
  if (!first) return { name: text };
  const head = text.slice(0, first.index);
  // Walk back from the extension to the nearest glue point, where the form cell begins: a lowercase letter,
  // ")" or ";" directly followed by a capital or a digit; an acronym directly followed by a capitalised word
  // ("NĐ-CPMẫu"); or a full stop after a word directly followed by a letter ("theo mẫu.TK").
  let cut = -1;
  for (let i = head.length - 1; i > 1 && cut < 0; i--) {
    const [before, prev, ch, next] = [head[i - 2], head[i - 1], head[i], head[i + 1] ?? text[i + 1]];
    if (prev === undefined || ch === undefined) continue;
    const startsWord = isUpper(ch) || /\d/.test(ch);
    if ((isLower(prev) || prev === ')' || prev === ';') && startsWord) cut = i;
    else if (isUpper(prev) && isUpper(ch) && isLower(next)) cut = i;
    else if (prev === '.' && (isLower(before) || before === ')') && (isUpper(ch) || isLower(ch))) cut = i;
  }
  if (cut <= 0) return { name: text };
  const name = text.slice(0, cut).trim();
  const form = text.slice(cut).trim();
  if (name.length < 3) return { name: text };
  return { name, form };
}

/**
 * The counts of a row, and how many leading digits of the match belong to the row's text instead: a name ending
 * in a number is glued to its count ("…năm 2024" + "1 bản chính" = "20241 bản chính"), so a count above 20 keeps
 * only its last digit.
 */
function counts(m: RegExpMatchArray): { originals: number; copies: number; giveBack: number } {
  if (m[4] !== undefined) return { originals: Number(m[4]), copies: Number(m[5] ?? 0), giveBack: 0 };
  const first = m[1] ?? m[3] ?? '0';
  const giveBack = Number(first) > 20 ? first.length - 1 : 0;
  const n = Number(first.slice(giveBack));
  if (m[3] !== undefined) return { originals: 0, copies: n, giveBack };
  return { originals: n, copies: Number(m[2] ?? 0), giveBack };
}

/** Parses the documents section into documents (with kind, counts, form and case), cases and notes. */
export function parseDocuments(text: string): ParsedDocuments {
  const issues: ConversionIssue[] = [];
  const documents: RequiredDocument[] = [];
  const cases: string[] = [];
  const notes: string[] = [];
  const say = (message: string) => issues.push({ field: 'documents', message });
  const caseNames = new Map<string, string>();
  const parts = text.split(HEADER);
  if (parts.length < 2) {
    if (oneLine(text) && !/^không có thông tin$/iu.test(oneLine(text))) {
      say(`không có bảng giấy tờ; nội dung giữ làm ghi chú: "${clip(oneLine(text), 100)}"`);
      notes.push(oneLine(text));
    } else issues.push({ field: 'documents', message: 'không có thành phần hồ sơ', gap: true });
    return { documents, cases, notes, issues };
  }
  let title = parts[0] ?? '';
  for (let g = 1; g < parts.length; g++) {
    const body = parts[g] ?? '';
    const group = classifyGroup(title);
    let caseName = group.case ? caseNames.get(group.case) : undefined;
    if (group.case && caseName === undefined) {
      caseName = clip(group.case, 300);
      if (group.case.length > 300) {
        say(`tên trường hợp quá dài, đã rút gọn: "${clip(group.case, 80)}"`);
        // Two long titles may share their first 300 characters.
        for (let n = 2; cases.includes(caseName); n++) caseName = `${clip(group.case, 290)} (${n})`;
      }
      caseNames.set(group.case, caseName);
      cases.push(caseName);
    }
    let last: RequiredDocument | undefined;
    let end = 0;
    for (const m of body.matchAll(COUNT)) {
      const { originals, copies, giveBack } = counts(m);
      const rowText = body.slice(end, (m.index ?? 0) + giveBack);
      end = (m.index ?? 0) + m[0].length;
      const row = oneLine(rowText);
      if (!row) continue;
      if (group.role === 'notes' || (originals === 0 && copies === 0)) {
        const note = cleanItem(row);
        if (!note) continue;
        if (group.role !== 'notes' && last && !/:$/.test(note)) {
          last.note = clip([last.note, note].filter(Boolean).join(' '), 2000);
        } else notes.push(note);
        continue;
      }
      const { name: rawName, form } = splitForm(row);
      const name = cleanItem(rawName);
      if (!name) continue;
      if (name.length > 2000) say(`tên giấy tờ quá dài, đã rút gọn: "${clip(name, 80)}"`);
      const doc: RequiredDocument = {
        name: clip(name, 2000),
        kind: group.role === 'present' ? 'present' : 'submit',
        originals: Math.min(originals, 50),
        copies: Math.min(copies, 50),
      };
      if (originals > 50 || copies > 50) say(`số bản quá lớn (${originals}/${copies}) ở "${clip(name, 60)}"`);
      if (form) doc.form = { name: clip(form, 300) };
      if (caseName) doc.case = caseName;
      const duplicate = documents.some(
        (d) => d.name === doc.name && d.case === doc.case && d.kind === doc.kind,
      );
      if (!duplicate) documents.push(doc);
      last = doc;
    }
    const tail = body.slice(end);
    if (g < parts.length - 1) title = tail;
    else if (oneLine(tail)) {
      say(`văn bản sau giấy tờ cuối cùng không có số lượng, giữ làm ghi chú: "${clip(oneLine(tail), 80)}"`);
      notes.push(cleanItem(tail));
    }
  }
  if (documents.length > 100) {
    say(`có ${documents.length} giấy tờ, chỉ giữ 100`);
    documents.length = 100;
  }
  if (cases.length > 30) {
    say(`có ${cases.length} trường hợp, chỉ giữ 30`);
    const kept = new Set(cases.slice(0, 30));
    cases.length = 30;
    for (const d of documents) if (d.case && !kept.has(d.case)) delete d.case;
  }
  if (documents.length === 0) say('không đọc được giấy tờ nào');
  return { documents, cases, notes, issues };
}

/**
 * Steps (trình tự thực hiện) and results (kết quả xử lý).
 */
import { clip, cleanItem, isLower, isNoInfo, normalise, oneLine, type ConversionIssue } from './text.js';

/** A line that starts a list item ("- …", "+ …", "a) …", "(i) …", "1. …", "Bước 2: …"). */
const ITEM = /^(?:[-–+*•]|\(?[a-zđ]\)|\([ivx]+\)|[ivx]+\)|\d+(?:\.\d+)*[.)]|(?:[a-z]\)\s*)?Bước\s*\d+)/iu;
const STEP = /^(?:[a-z]\)\s*)?Bước\s*\d+/iu;
const TOP = /^[-–•]\s|^\d+[.)]\s/u;

/** Joins lines that a hard wrap broke in the middle of a sentence. */
function unwrap(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !ITEM.test(line) && !/[.:;!?]$/.test(prev))
      out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

/**
 * Splits the steps text into paragraphs: at "Bước N" when the text numbers its steps, otherwise at top-level
 * items ("- …", "1. …"); sub-items ("+ …", "a) …", "(i) …") stay with their step.
 */
export function parseSteps(text: string): { steps: string[]; issues: ConversionIssue[] } {
  const issues: ConversionIssue[] = [];
  if (isNoInfo(text)) {
    issues.push({ field: 'steps', message: 'không có trình tự thực hiện', gap: true });
    return { steps: [], issues };
  }
  const lines = unwrap(
    normalise(text)
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  );
  const starts = lines.some((l) => STEP.test(l)) ? STEP : lines.some((l) => TOP.test(l)) ? TOP : undefined;
  const steps: string[] = [];
  for (const line of lines) {
    if (!starts || starts.test(line) || steps.length === 0) steps.push(line);
    else steps[steps.length - 1] += '\n' + line;
  }
  if (steps.length > 50) {
    issues.push({ field: 'steps', message: `có ${steps.length} đoạn, gộp phần sau đoạn 49 vào đoạn cuối` });
    steps.splice(49, steps.length - 49, steps.slice(49).join('\n'));
  }
  return {
    steps: steps.map((s) => {
      if (s.length > 5000)
        issues.push({ field: 'steps', message: `một bước dài ${s.length} ký tự, đã rút gọn` });
      return clip(s, 5000);
    }),
    issues,
  };
}

/** Results: "Giấy khai sinhMã: KQ.G15.000031Từ khóa…Mô tả…" → [{ name: "Giấy khai sinh", code: "KQ.G15.000031" }]. */
export function parseResults(text: string): {
  results: { name: string; code?: string }[];
  issues: ConversionIssue[];
} {
  const issues: ConversionIssue[] = [];
  const body = normalise(text).split(/Từ khóa/u)[0] ?? '';
  const results: { name: string; code?: string }[] = [];
  let from = 0;
  for (const m of body.matchAll(/Mã\s*:\s*(KQ[.\w]*\d)/gu)) {
    const name = cleanItem(body.slice(from, m.index));
    from = (m.index ?? 0) + m[0].length;
    if (name && m[1]) results.push({ name: clip(name, 1000), code: m[1] });
  }
  const rest = cleanItem(body.slice(from));
  if (rest && !isNoInfo(rest)) results.push({ name: clip(rest, 1000) });
  if (results.length === 0)
    issues.push({ field: 'results', message: 'không có kết quả thực hiện', gap: true });
  if (results.length > 20) {
    issues.push({ field: 'results', message: `có ${results.length} kết quả, chỉ giữ 20` });
    results.length = 20;
  }
  return { results, issues };
}

/** Applicants: "Công dân Việt Nam, Tổ chức (không bao gồm doanh nghiệp, HTX), Cán bộ, công chức, viên chức". */
export function parseApplicants(text: string): string[] {
  if (isNoInfo(text)) return [];
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of oneLine(text)) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  const out: string[] = [];
  for (const p of parts.filter(Boolean)) {
    const prev = out[out.length - 1];
    // "Cán bộ, công chức, viên chức" is one applicant group: a part in lowercase continues the previous one.
    if (prev !== undefined && isLower(p[0])) out[out.length - 1] = `${prev}, ${p}`;
    else out.push(p);
  }
  return [...new Set(out)].slice(0, 20).map((a) => clip(a, 300));
}

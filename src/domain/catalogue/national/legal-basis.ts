/**
 * Legal basis (căn cứ pháp lý): the table "Tên văn bản pháp lý | Mã văn bản" flattened into
 * "<title><number><title><number>…", e.g. "…quy định chi tiết Luật Hộ tịch123/2015/NĐ-CPThông tư…".
 * A row ends at a document number glued to what follows (the next title, or the end); numbers inside a title are
 * followed by a space or punctuation.
 */
import type { LegalBasis } from '../record.js';
import { clip, isNoInfo, oneLine, type ConversionIssue } from './text.js';

const TABLE_HEADER = /^\s*Tên văn bản pháp lý\s*Mã văn bản/;
/** A document number: 123/2015/NĐ-CP, 66.7/2025/NQ-CP, 60/2014/QH13, 163/QĐ-BTP, 05/2022/TTLT-BTC-BTP. */
const PART = String.raw`(?:TTg|UBTVQH\d{2}|QH\d{2}|[A-ZĐ]+)`;
const NUMBER = new RegExp(String.raw`\d+(?:\.\d+)?\/(?:\d{4}\/)?${PART}(?:-${PART})*`, 'gu');

/** Issuers named by the last part of a number. */
const ISSUERS: Record<string, string> = {
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
  BTP: 'Bộ Tư pháp',
  BTC: 'Bộ Tài chính',
  BCA: 'Bộ Công an',
  BQP: 'Bộ Quốc phòng',
  BXD: 'Bộ Xây dựng',
  BYT: 'Bộ Y tế',
  BNV: 'Bộ Nội vụ',
  BCT: 'Bộ Công Thương',
  BNNMT: 'Bộ Nông nghiệp và Môi trường',
  BNNPTNT: 'Bộ Nông nghiệp và Phát triển nông thôn',
  BTNMT: 'Bộ Tài nguyên và Môi trường',
  BLĐTBXH: 'Bộ Lao động - Thương binh và Xã hội',
  BKHĐT: 'Bộ Kế hoạch và Đầu tư',
  BGTVT: 'Bộ Giao thông vận tải',
  BKHCN: 'Bộ Khoa học và Công nghệ',
  BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
  BGDĐT: 'Bộ Giáo dục và Đào tạo',
  VPCP: 'Văn phòng Chính phủ',
  NHNN: 'Ngân hàng Nhà nước Việt Nam',
  CTN: 'Chủ tịch nước',
};

/** Parts of document numbers, to tell a number from the capital letter glued after it. */
const KNOWN_PARTS = new Set([
  ...Object.keys(ISSUERS),
  ...[
    'NĐ',
    'QĐ',
    'TT',
    'NQ',
    'TTLT',
    'VBHN',
    'UBND',
    'HĐND',
    'BHXH',
    'HĐTP',
    'TANDTC',
    'VKSNDTC',
    'L',
    'PL',
    'CT',
  ],
  ...['UBTVQH', 'QH', 'BTTTT', 'BNG', 'BKHCN', 'KTNN', 'TLĐ', 'MTTQ'],
]);
const lastPart = (number: string) => (number.split('/').pop()?.split('-').pop() ?? '').replace(/\d+$/, '');

function issuerOf(number: string): string | undefined {
  const parts = number.split('/').pop()?.split('-') ?? [];
  if (parts.length === 1 && /^QH\d+$/.test(parts[0] ?? '')) return 'Quốc hội';
  if (parts.length === 1 && /^UBTVQH\d+$/.test(parts[0] ?? '')) return 'Ủy ban Thường vụ Quốc hội';
  if (parts.length !== 2 || parts[0] === 'TTLT') return undefined;
  return ISSUERS[parts[1] ?? ''];
}

/** The issue date, only when the title states it right after the document's own number. */
function issuedOn(title: string, number: string): string | undefined {
  const at = title.indexOf(number);
  if (at < 0) return undefined;
  const after = title.slice(at + number.length, at + number.length + 40);
  const m =
    /^\s*,?\s*ngày\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u.exec(after) ??
    /^\s*,?\s*ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u.exec(after);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A title whose end is the start of the number cell ("…Bộ Tư phápThông tư số") loses that tail. */
function trimTitle(title: string): string {
  return title
    .replace(
      /(?<=\S)(?:Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư|Thông tư liên tịch|Quyết định|Pháp lệnh)(?:\s+số)?\s*$/u,
      '',
    )
    .trim();
}

interface Match {
  number: string;
  start: number;
  end: number;
}

/** Numbers that end a row: glued to a following letter or digit, or at the very end. */
function rowEnds(text: string): Match[] {
  const out: Match[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const number0 = m[0];
    let number = number0;
    // "TT-BTCNghị…", "NĐ-CPLUẬT…", "NĐ-CPQUY ĐỊNH…": capitals of the next title were taken into the number. Give them
    // back until the last part is a known code; "NĐ-CPsửa đổi…" keeps its number (already a known code).
    if (!KNOWN_PARTS.has(lastPart(number0))) {
      for (let cut = 1; cut <= 4 && cut < number0.length; cut++) {
        const candidate = number0.slice(0, -cut);
        if (/[A-ZĐg\d]$/u.test(candidate) && KNOWN_PARTS.has(lastPart(candidate))) {
          number = candidate;
          break;
        }
      }
    }
    let start = m.index;
    const end = m.index + number.length;
    NUMBER.lastIndex = end;
    // "…ngày 29/6/202443/2024/QH15", "Luật Doanh nghiệp 202059/2020/QH14": the title's closing year was taken
    // into the number.
    const lead = /^((?:19|20)\d\d)(\d{1,4})\//.exec(number);
    if (lead?.[1] && !/\d/.test(text[start - 1] ?? '')) {
      start += lead[1].length;
      number = number.slice(lead[1].length);
    }
    // Glued to what follows, possibly through a full stop or semicolon ("…NĐ-CP..Luật").
    const after = /^[.;]*/.exec(text.slice(end))?.[0] ?? '';
    const next = text[end + after.length];
    // Or glued to the title before it and followed by a space ("…của Bộ Tư pháp18/2026/NĐ-CP Nghị định…").
    const gluedLeft = /[\p{L})]/u.test(text[start - 1] ?? '') && /\s/.test(next ?? '');
    if (next === undefined || /[\p{L}\d]/u.test(next) || (after && /\s/.test(next)) || gluedLeft) {
      out.push({ number, start, end: end + after.length });
    }
  }
  return out;
}

export function parseLegalBasis(text: string): { legalBasis: LegalBasis[]; issues: ConversionIssue[] } {
  const issues: ConversionIssue[] = [];
  const legalBasis: LegalBasis[] = [];
  if (isNoInfo(text)) {
    issues.push({ field: 'legalBasis', message: 'không có căn cứ pháp lý', gap: true });
    return { legalBasis, issues };
  }
  const body = oneLine(text.replace(TABLE_HEADER, ''));
  let from = 0;
  for (const m of rowEnds(body)) {
    const title = trimTitle(body.slice(from, m.start));
    from = m.end;
    const previous = legalBasis[legalBasis.length - 1];
    if (previous?.number === m.number && (!title || title === previous.title)) {
      // "Luật 60/2014/QH1360/2014/QH13", "Nghị định 101/2024/NĐ-CPNghị định 101/2024/NĐ-CP": the title ended
      // with the number itself.
      previous.title = clip(`${previous.title} ${m.number}`.trim(), 1000);
      continue;
    }
    if (legalBasis.some((l) => l.number === m.number && l.title === title)) continue;
    const row: LegalBasis = { number: m.number, title: clip(title, 1000) };
    const date = issuedOn(title, m.number);
    if (date) row.issuedOn = date;
    const issuer = issuerOf(m.number);
    if (issuer) row.issuer = issuer;
    legalBasis.push(row);
  }
  const rest = body.slice(from).trim();
  if (rest) {
    NUMBER.lastIndex = 0;
    const inTitle = NUMBER.exec(rest)?.[0];
    if (inTitle && !legalBasis.some((l) => l.number === inTitle)) {
      legalBasis.push({ number: inTitle, title: clip(rest, 1000) });
      issues.push({
        field: 'legalBasis',
        message: `cột số hiệu không đọc được, lấy số ${inTitle} trong tên: "${clip(rest, 80)}"`,
      });
    } else
      issues.push({ field: 'legalBasis', message: `không đọc được số hiệu văn bản: "${clip(rest, 100)}"` });
  }
  if (legalBasis.length > 100) {
    issues.push({ field: 'legalBasis', message: `có ${legalBasis.length} văn bản, chỉ giữ 100` });
    legalBasis.length = 100;
  }
  return { legalBasis, issues };
}

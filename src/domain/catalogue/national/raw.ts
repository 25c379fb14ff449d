/**
 * A procedure record as published on the national public service portal (Cổng Dịch vụ công quốc gia), with its
 * Vietnamese keys. Every value is text; the portal's tables arrive flattened, their cells glued together.
 */
import { normalise } from './text.js';

export interface NationalRecord {
  ma_thu_tuc?: string;
  ten_thu_tuc?: string;
  so_quyet_dinh?: string;
  cap_thuc_hien?: string;
  loai_thu_tuc?: string;
  linh_vuc?: string;
  doi_tuong_thuc_hien?: string;
  co_quan_co_tham_quyen?: string;
  co_quan_duoc_uy_quyen?: string;
  co_quan_phoi_hop?: string;
  co_quan_thuc_hien?: string;
  dia_chi_tiep_nhan?: string;
  thu_tuc_lien_quan?: string;
  trinh_tu_thuc_hien?: string;
  cach_thuc_thuc_hien?: string;
  thanh_phan_ho_so?: string;
  can_cu_phap_ly?: string;
  yeu_cau_dieu_kien?: string;
  ket_qua_xu_ly?: string;
  raw_text?: string;
  detail_url?: string;
}

/** The long parts of a record, each as the text of its section. */
export interface NationalSections {
  steps: string;
  channels: string;
  documents: string;
  legalBasis: string;
  conditions: string;
  results: string;
  /** True when the sections were cut from `raw_text` rather than taken from the separate fields. */
  fromRawText: boolean;
}

/** Reads a text value of an unknown JSON object, or '' when absent or not text. */
export function textOf(raw: NationalRecord, key: keyof NationalRecord): string {
  const v = raw[key];
  return typeof v === 'string' ? normalise(v) : '';
}

/**
 * Section headers of the page text, in page order. The crawler that filled the separate fields cut the page at the
 * first occurrence of each header word anywhere, so a step that says "theo mục Thành phần hồ sơ" truncated the
 * steps. Here each header is searched only after the previous one, and the ones that also occur in running text
 * are searched with the table header glued after them.
 */
const HEADERS = [
  { key: 'steps', text: 'Trình Tự Thực Hiện', marks: [] },
  { key: 'channels', text: 'Cách Thức Thực Hiện', marks: ['Cách Thức Thực HiệnHình thức nộp'] },
  { key: 'documents', text: 'Thành phần hồ sơ', marks: [] },
  {
    key: 'legalBasis',
    text: 'Căn cứ pháp lý',
    marks: ['Căn cứ pháp lýTên văn bản', 'Căn cứ pháp lýKhông có thông tin'],
  },
  { key: 'agency', text: 'Cơ quan thực hiện', marks: [] },
  { key: 'conditions', text: 'Yêu cầu, điều kiện thực hiện', marks: [] },
  { key: 'results', text: 'Kết quả xử lý', marks: [] },
] as const;

/** Where the result list ends: the portal's agency picker follows it. */
const RESULTS_END = /Chọn cơ quan thực hiện|Tỉnh\/ Thành phố--/;

function fromRaw(rawText: string): Omit<NationalSections, 'fromRawText'> | undefined {
  const starts: { key: string; at: number; length: number }[] = [];
  let from = 0;
  for (const h of HEADERS) {
    let at = -1;
    for (const mark of [...h.marks, h.text]) {
      at = rawText.indexOf(mark, from);
      if (at >= 0) break;
    }
    if (at < 0) return undefined;
    starts.push({ key: h.key, at, length: h.text.length });
    from = at + h.text.length;
  }
  const out: Record<string, string> = {};
  starts.forEach((s, i) => {
    const begin = s.at + s.length;
    const next = starts[i + 1];
    let end = next ? next.at : rawText.length;
    if (!next) {
      const stop = RESULTS_END.exec(rawText.slice(begin));
      if (stop) end = begin + stop.index;
    }
    out[s.key] = rawText.slice(begin, end).trim();
  });
  return {
    steps: out.steps ?? '',
    channels: out.channels ?? '',
    documents: out.documents ?? '',
    legalBasis: out.legalBasis ?? '',
    conditions: out.conditions ?? '',
    results: out.results ?? '',
  };
}

/**
 * The record's long sections, cut from `raw_text` when its headers are all found in order (it keeps what the
 * separate fields lost), otherwise the separate fields.
 */
export function nationalSections(raw: NationalRecord): NationalSections {
  const fromText = fromRaw(textOf(raw, 'raw_text'));
  if (fromText) return { ...fromText, fromRawText: true };
  return {
    steps: textOf(raw, 'trinh_tu_thuc_hien').trim(),
    channels: textOf(raw, 'cach_thuc_thuc_hien').trim(),
    documents: textOf(raw, 'thanh_phan_ho_so').trim(),
    legalBasis: textOf(raw, 'can_cu_phap_ly').trim(),
    conditions: textOf(raw, 'yeu_cau_dieu_kien').trim(),
    results: textOf(raw, 'ket_qua_xu_ly').split(RESULTS_END)[0]?.trim() ?? '',
    fromRawText: false,
  };
}

/** The procedure code written on the page itself ("Mã thủ tục…Số quyết định"), when the page text has it. */
export function pageCode(raw: NationalRecord): string | undefined {
  const m = /Mã thủ tục\s*([^\s]+?)\s*Số quyết định/.exec(textOf(raw, 'raw_text'));
  return m?.[1];
}

/**
 * The "documents to bring" checklist (giấy tờ cần mang theo) of a procedure, and the wording people read on the
 * procedure page, the print view, the PDF and (later) the SMS. Pure: shared by the server and the browser, so it
 * imports only types from the catalogue record (importing its runtime schema would pull TypeBox into the browser),
 * and the Vietnamese number and date formats.
 */
import { formatDong, formatNumber } from '../format/format.js';
import type {
  Channel,
  ChannelKind,
  Fee,
  Level,
  ProcedureRecord,
  RequiredDocument,
  TimeLimit,
  TimeUnit,
} from '../catalogue/record.js';

/** Short channel names as people say them at the desk. */
export const channelNames = {
  desk: 'Trực tiếp',
  online: 'Trực tuyến',
  post: 'Bưu chính',
} as const satisfies Record<ChannelKind, string>;

export const channelOrder = ['desk', 'online', 'post'] as const satisfies readonly ChannelKind[];

export const levelNames = {
  central: 'Cấp bộ',
  province: 'Cấp tỉnh',
  commune: 'Cấp xã',
} as const satisfies Record<Level, string>;

export const onlineLevelNames = {
  full: 'Trực tuyến toàn trình',
  partial: 'Trực tuyến một phần',
  none: 'Nộp trực tiếp',
} as const satisfies Record<ProcedureRecord['onlineLevel'], string>;

export const documentKindNames = {
  submit: 'Giấy tờ phải nộp',
  present: 'Giấy tờ phải xuất trình',
} as const satisfies Record<RequiredDocument['kind'], string>;

/** Short form of the kind, for a table column. */
export const documentKindShort = {
  submit: 'Nộp',
  present: 'Xuất trình',
} as const satisfies Record<RequiredDocument['kind'], string>;

const unitWords = {
  working_days: 'ngày làm việc',
  working_hours: 'giờ làm việc',
  calendar_days: 'ngày',
  same_day: 'Trong ngày',
} as const satisfies Record<TimeUnit, string>;

/** The first customer's provincial centre: named in headers and on every printed checklist. */
export const serviceCentre = {
  /** Its agency id (mã định danh): the demo data's province centre carries it. */
  agencyId: '000.00.01.H56',
  name: 'Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa',
  parent: 'UBND tỉnh Thanh Hóa',
  hotline: '02373 900 900',
} as const;

/** "5 ngày làm việc", "8 giờ làm việc", "Trong ngày". */
export function formatTimeLimit(limit: Pick<TimeLimit, 'value' | 'unit'>): string {
  if (limit.unit === 'same_day') return unitWords.same_day;
  return `${formatNumber(limit.value, 2)} ${unitWords[limit.unit]}`;
}

/** 8000 → "8.000 đồng"; 0 → "Miễn phí". */
export function formatMoney(amount: number): string {
  if (amount === 0) return 'Miễn phí';
  return formatDong(amount);
}

/** One line per fee, e.g. "Lệ phí: 8.000 đồng"; no fees (or all zero) → "Miễn phí". */
export function formatFees(fees: readonly Fee[]): string {
  if (fees.length === 0 || fees.every((f) => f.amount === 0)) return 'Miễn phí';
  return fees.map((f) => `${f.name}: ${formatMoney(f.amount)}${f.note ? ` (${f.note})` : ''}`).join('\n');
}

/** The record's channels in the usual order: desk, online, post. */
export function sortedChannels<C extends Pick<Channel, 'kind'>>(channels: readonly C[]): C[] {
  return [...channels].sort((a, b) => channelOrder.indexOf(a.kind) - channelOrder.indexOf(b.kind));
}

/** "1 bản chính, 2 bản sao"; no paper copy asked → "Không cần bản giấy" (present: "Mang bản chính để đối chiếu"). */
export function countsInWords(doc: Pick<RequiredDocument, 'originals' | 'copies' | 'kind'>): string {
  const parts: string[] = [];
  if (doc.originals > 0) parts.push(`${doc.originals} bản chính`);
  if (doc.copies > 0) parts.push(`${doc.copies} bản sao`);
  if (parts.length > 0) return parts.join(', ');
  return doc.kind === 'present' ? 'Mang bản chính để đối chiếu' : 'Không cần bản giấy';
}

/** A group of documents in the checklist: the general ones, or one case's. */
export interface ChecklistGroup {
  /** undefined = documents for every case. */
  case: string | undefined;
  submit: RequiredDocument[];
  present: RequiredDocument[];
}

function split(caseName: string | undefined, docs: RequiredDocument[]): ChecklistGroup {
  return {
    case: caseName,
    submit: docs.filter((d) => d.kind === 'submit'),
    present: docs.filter((d) => d.kind === 'present'),
  };
}

export function hasCase(record: Pick<ProcedureRecord, 'cases'>, caseName: string): boolean {
  return record.cases.includes(caseName);
}

/**
 * The checklist, grouped. With a case: one group (documents for every case + that case's). Without a case on a
 * record that has cases: the general group first, then one group per case (those with documents).
 */
export function checklistGroups(
  record: Pick<ProcedureRecord, 'cases' | 'documents'>,
  caseName?: string,
): ChecklistGroup[] {
  const general = record.documents.filter((d) => d.case === undefined || !record.cases.includes(d.case));
  if (caseName !== undefined && hasCase(record, caseName)) {
    return [split(caseName, [...general, ...record.documents.filter((d) => d.case === caseName)])];
  }
  const groups = [split(undefined, general)];
  for (const c of record.cases) {
    const docs = record.documents.filter((d) => d.case === c);
    if (docs.length > 0) groups.push(split(c, docs));
  }
  return groups.filter((g) => g.submit.length + g.present.length > 0 || g.case === undefined);
}

/** Where to submit, from the procedure's levels (ND 118/2025: any centre in the province accepts dossiers). */
export function whereToSubmit(levelsOf: readonly Level[]): string[] {
  const places: string[] = [];
  if (levelsOf.includes('commune')) {
    places.push('Trung tâm Phục vụ hành chính công cấp xã (Bộ phận Một cửa UBND xã, phường) nơi thuận tiện');
  }
  if (levelsOf.includes('province')) places.push(serviceCentre.name);
  if (levelsOf.includes('central'))
    places.push('Cơ quan cấp bộ có thẩm quyền, hoặc qua Cổng Dịch vụ công quốc gia');
  return places;
}

/** "dd/mm/yyyy" from "yyyy-mm-dd" (or an ISO instant, read in Vietnam's time zone). */
export { formatDate } from '../format/format.js';

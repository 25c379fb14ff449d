/**
 * The audit log as CSV (RFC 4180: quoted where needed, CRLF). `excel` adds the UTF-8 byte-order mark without which
 * Excel shows Vietnamese letters garbled. A cell starting with = + - @ is prefixed with ' so a spreadsheet never
 * runs it as a formula.
 */
import { readPurposeLabels, type ReadPurpose } from './purposes.js';
import type { AuditEntryView } from './view.js';

/** A row as the CSV takes it: the administrators' view without the ids and the details. */
export type CsvAuditRow = Omit<AuditEntryView, 'id' | 'actorId' | 'unitId' | 'data'>;

const header = [
  'Số thứ tự',
  'Thời điểm (giờ Việt Nam)',
  'Người thực hiện',
  'Đơn vị',
  'Hành động',
  'Đối tượng',
  'Mã đối tượng',
  'Mục đích',
  'Người có dữ liệu',
  'Điện thoại',
  'Mã băm',
];

export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** 2026-12-07T01:02:03.000Z → 07/12/2026 08:02:03 */
export function vietnamTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 7 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

export function purposeLabel(purpose: string | null): string {
  if (!purpose) return '';
  return (readPurposeLabels as Record<string, string>)[purpose as ReadPurpose] ?? purpose;
}

export function auditCsv(rows: readonly CsvAuditRow[], format: 'csv' | 'excel'): string {
  const lines = [
    header,
    ...rows.map((r) => [
      r.seq,
      vietnamTime(r.at),
      r.actorName,
      r.unitName,
      r.action,
      r.entity,
      r.entityId,
      purposeLabel(r.purpose),
      r.subjectName,
      r.subjectPhone,
      r.hash,
    ]),
  ].map((cells) => cells.map(csvCell).join(','));
  return (format === 'excel' ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

/**
 * The import's errors as table rows: which record (by its code in the file), where in it, what. Pure.
 */
import { pathPlace } from './record-diff.js';

export interface ErrorRow {
  key: number;
  record: string;
  /** The path inside the record (or the file), e.g. "documents[0].originals". */
  place: string;
  /** The same in words, e.g. "Thành phần hồ sơ, giấy tờ 1". */
  where: string;
  message: string;
}

/** Server errors (paths like "procedures[12].documents[0].originals") as rows. */
export function errorRows(fields: readonly { field: string; message: string }[], file: unknown): ErrorRow[] {
  const procedures = (file as { procedures?: unknown })?.procedures;
  return fields.map((f, i) => {
    const m = /^procedures\[(\d+)\]\.?(.*)$/.exec(f.field);
    if (!m) return { key: i, record: 'Tệp', place: f.field, where: 'Tệp', message: f.message };
    const index = Number(m[1]);
    const item = Array.isArray(procedures)
      ? (procedures[index] as { code?: unknown } | undefined)
      : undefined;
    const code = typeof item?.code === 'string' && item.code ? item.code : `Thủ tục thứ ${index + 1}`;
    return {
      key: i,
      record: code,
      place: m[2] ?? '',
      where: m[2] ? pathPlace(`record.${m[2]}`) : 'Cả thủ tục',
      message: f.message.replace(/^Thủ tục [^:]{1,60}: /, ''),
    };
  });
}

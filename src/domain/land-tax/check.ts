/**
 * A small collector of field issues for the land → tax forms: every problem of a form is reported at once, each
 * naming its field (e.g. "taxSlip.parcel.area") with a Vietnamese message.
 */
import { isValidCivilDate } from '../calendar/civil-date.js';
import type { FieldIssue } from '../errors.js';

export class Issues {
  readonly list: FieldIssue[] = [];
  constructor(private readonly prefix: string) {}

  add(field: string, message: string): void {
    this.list.push({ field: `${this.prefix}.${field}`, message });
  }

  /** A trimmed, single-spaced text; undefined (and an issue when required) when empty. */
  text(field: string, value: unknown, required: string | false, max = 500): string | undefined {
    const text = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '';
    if (!text) {
      if (required) this.add(field, required);
      return undefined;
    }
    if (text.length > max) {
      this.add(field, `Tối đa ${max} ký tự.`);
      return undefined;
    }
    return text;
  }

  /** A whole number of đồng in [0, max]. */
  dong(field: string, value: unknown, required: string | false, max = 1_000_000_000_000): number | undefined {
    if (value === undefined || value === null || value === '') {
      if (required) this.add(field, required);
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
      this.add(field, 'Số tiền phải là số nguyên đồng, không âm.');
      return undefined;
    }
    return value;
  }

  /** A calendar date YYYY-MM-DD, optionally not after `notAfter`. */
  date(field: string, value: unknown, required: string | false, notAfter?: string): string | undefined {
    if (value === undefined || value === null || value === '') {
      if (required) this.add(field, required);
      return undefined;
    }
    const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    if (!m || !isValidCivilDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      this.add(field, 'Ngày không hợp lệ (ngày/tháng/năm).');
      return undefined;
    }
    if (notAfter && value > notAfter) {
      this.add(field, 'Ngày không được sau hôm nay.');
      return undefined;
    }
    return value as string;
  }
}

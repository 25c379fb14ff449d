/**
 * Text helpers for reading national catalogue records, whose HTML tables were flattened into glued text.
 */

import type { FieldIssue } from '../../errors.js';

/**
 * One problem met while converting a record: which part of the record (field), and what (message). `gap` marks
 * what the national record does not publish at all (no fee, no legal basis…), as opposed to text that could not
 * be read or had to be adjusted.
 */
export interface ConversionIssue extends FieldIssue {
  gap?: true;
}

/** Invisible marks and odd spaces found in the published texts. */
const INVISIBLE = /[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\ufeff\u00ad]/g;

/** Normalises Unicode (NFC), drops invisible marks, turns odd spaces into plain ones. Keeps line breaks. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}

/** The text on one line: every run of white space (line breaks too) becomes one space. */
export function oneLine(text: string): string {
  return normalise(text).replace(/\s+/g, ' ').trim();
}

/** The portal's ways of saying "nothing published here". */
export function isNoInfo(text: string | undefined | null): boolean {
  if (text === undefined || text === null) return true;
  const t = oneLine(text)
    .replace(/[.:;\-–]+$/, '')
    .trim()
    .toLowerCase();
  return (
    t === '' || t === 'không có thông tin' || t === 'không' || t === 'không có' || t === 'không quy định'
  );
}

/**
 * Reads an amount written with Vietnamese or English digit grouping ("1.800.000", "1,800,000", "20.000")
 * or plainly ("150000"). Returns undefined when the grouping is inconsistent.
 */
export function parseGroupedInteger(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (/^\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  if (/^\d{1,3}(,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
  return undefined;
}

/** Cuts text to at most `max` characters at a word boundary, adding an ellipsis when it cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

/** Strips list markers ("- ", "+ ", "* ", "a) ", "1. ", "(i) ", "•") at the start of a line. */
export function stripListMarker(text: string): string {
  return text.replace(/^(?:[-–+*•]+|\(?[a-zđ]\)|\(?[ivx]+\)|\(\d+\)|\d+(?:\.\d+)*[.)])\s*/i, '').trim();
}

/** Removes list markers and trailing separators from a short item (a document or result name). */
export function cleanItem(text: string): string {
  let t = oneLine(text);
  for (let i = 0; i < 3; i++) {
    const next = stripListMarker(t);
    if (next === t) break;
    t = next;
  }
  return t.replace(/[\s;,]+$/, '').trim();
}

/** True for an uppercase letter (Vietnamese capitals included). */
export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True for a lowercase letter (Vietnamese included). */
export function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Removes diacritics (and maps đ to d), for codes and comparisons. */
export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/**
 * Converting many national records at once into a catalogue file, and the report people read afterwards:
 * how many records converted, which parts of the records fail most, and the worst examples.
 */
import type { CatalogueFile, ProcedureRecord } from '../record.js';
import { fieldCodes } from './fields.js';
import type { ConditionGuess } from './conditions.js';
import { fromNational } from './from-national.js';
import { clip, oneLine, type ConversionIssue } from './text.js';

export interface NationalSource {
  /** Where the record came from (a file name), for the report. */
  source: string;
  /** The parsed JSON, or an Error when the file could not be read as JSON. */
  data: unknown;
}

export interface NationalOutcome {
  source: string;
  code: string;
  name: string;
  converted: boolean;
  issues: ConversionIssue[];
}

export interface NationalBatch {
  file: CatalogueFile;
  outcomes: NationalOutcome[];
  /** Codes asked for (with `codes`) that no record has. */
  missing: string[];
  /** Conditions proposed from documents' wording, in the order of the records (see conditions.ts). */
  guesses: ConditionGuess[];
}

const text = (v: unknown, key: string): string => {
  const x = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return typeof x === 'string' ? oneLine(x) : '';
};

/**
 * Converts records in the order given (sort them first for a stable output). With `codes`, only those codes.
 * A code met twice keeps its first record.
 */
export function convertNational(
  sources: NationalSource[],
  options: { codes?: string[] } = {},
): NationalBatch {
  const wanted = options.codes ? new Set(options.codes) : undefined;
  const chosen = sources.filter(
    (s) => s.data instanceof Error || !wanted || wanted.has(text(s.data, 'ma_thu_tuc')),
  );
  const codes = fieldCodes(chosen.map((s) => text(s.data, 'linh_vuc')));
  const outcomes: NationalOutcome[] = [];
  const procedures: ProcedureRecord[] = [];
  const seen = new Set<string>();
  const guesses: ConditionGuess[] = [];
  for (const s of chosen) {
    if (s.data instanceof Error) {
      outcomes.push({
        source: s.source,
        code: '',
        name: '',
        converted: false,
        issues: [{ field: 'record', message: `không đọc được JSON: ${s.data.message}` }],
      });
      continue;
    }
    const code = text(s.data, 'ma_thu_tuc');
    const name = text(s.data, 'ten_thu_tuc');
    if (seen.has(code)) {
      outcomes.push({
        source: s.source,
        code,
        name,
        converted: false,
        issues: [{ field: 'code', message: `mã ${code} đã gặp ở bản ghi trước, bỏ bản ghi này` }],
      });
      continue;
    }
    const { record, issues, guesses: guessed } = fromNational(s.data, { fieldCodes: codes });
    if (record) {
      seen.add(code);
      procedures.push(record);
      guesses.push(...guessed);
    }
    outcomes.push({ source: s.source, code, name, converted: record !== undefined, issues });
  }
  const found = new Set(outcomes.map((o) => o.code));
  const missing = options.codes ? options.codes.filter((c) => !found.has(c)) : [];
  return { file: { format: 'motcua.catalogue', version: 2, procedures }, outcomes, missing, guesses };
}

/** Issue messages with their variable parts (numbers, quotes) masked, to count kinds of problems. */
function pattern(message: string): string {
  return message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+(?:[.,]\d+)*/g, 'N')
    .replace(/^(?:(?:Trực tuyến|Trực tiếp|Bưu chính)(?:, )?)+: /u, '');
}

/**
 * Every proposed condition: the procedure, the document, the wording it was read from and the question made, for
 * a person to confirm or correct in the editor before the catalogue is published.
 */
export function guessLines(guesses: readonly ConditionGuess[]): string[] {
  if (guesses.length === 0) return [];
  const documents = guesses.length;
  const procedures = new Set(guesses.map((g) => g.code)).size;
  const questions = new Set(guesses.map((g) => `${g.code}\u0000${g.question.id}`)).size;
  const lines = [
    '',
    `Conditions proposed from the documents' wording (check each in the editor): ${documents} documents, ` +
      `${questions} questions, ${procedures} procedures.`,
  ];
  for (const g of guesses) {
    lines.push(
      `  ${g.code} ${clip(g.procedure, 50)}`,
      `      document: ${clip(g.document, 110)}`,
      `      wording:  "${clip(g.wording, 100)}" → question ${g.question.id}: ${clip(g.question.text, 100)} (needed when: Có)`,
    );
  }
  return lines;
}

/** The report, as lines for a person. */
export function reportLines(batch: NationalBatch, options: { examples?: number } = {}): string[] {
  const examples = options.examples ?? 5;
  const { outcomes } = batch;
  const converted = outcomes.filter((o) => o.converted);
  const clean = converted.filter((o) => o.issues.length === 0);
  const onlyGaps = converted.filter((o) => o.issues.length > 0 && o.issues.every((i) => i.gap));
  const lines: string[] = [];
  lines.push(
    `${outcomes.length} records read: ${converted.length} converted, ${outcomes.length - converted.length} not converted.`,
    `Of the converted: ${clean.length} without any issue; ${onlyGaps.length} with only gaps in the source ` +
      `(a fee, legal basis, result… not published); ${converted.length - clean.length - onlyGaps.length} ` +
      `with text that could not be read or had to be adjusted.`,
  );
  if (batch.missing.length) lines.push(`Codes not found: ${batch.missing.join(', ')}`);

  const byField = new Map<string, { records: Set<string>; issues: number; patterns: Map<string, number> }>();
  for (const o of outcomes) {
    for (const i of o.issues) {
      const part = (i.field.split(/[.[]/)[0] || 'record') + (i.gap ? ' (gap)' : '');
      const entry = byField.get(part) ?? { records: new Set(), issues: 0, patterns: new Map() };
      entry.records.add(o.source);
      entry.issues++;
      const p = pattern(i.message);
      entry.patterns.set(p, (entry.patterns.get(p) ?? 0) + 1);
      byField.set(part, entry);
    }
  }
  lines.push(
    '',
    'Issues by part (records affected, issues; most frequent kinds). "gap": not published at all:',
  );
  for (const [part, e] of [...byField].sort((a, b) => b[1].records.size - a[1].records.size)) {
    lines.push(
      `  ${part.padEnd(18)} ${String(e.records.size).padStart(5)} records ${String(e.issues).padStart(6)} issues`,
    );
    for (const [p, n] of [...e.patterns].sort((a, b) => b[1] - a[1]).slice(0, 4)) {
      lines.push(`      ${String(n).padStart(5)} × ${clip(p, 110)}`);
    }
  }

  const failed = outcomes.filter((o) => !o.converted);
  if (failed.length) {
    const reasons = new Map<string, number>();
    for (const o of failed) {
      const last =
        o.issues.find((i) => i.field === 'code' || i.field === 'record') ?? o.issues[o.issues.length - 1];
      const r = last ? `${last.field}: ${pattern(last.message)}` : 'unknown';
      reasons.set(r, (reasons.get(r) ?? 0) + 1);
    }
    lines.push('', 'Not converted, by reason:');
    for (const [r, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 8))
      lines.push(`  ${String(n).padStart(5)} × ${clip(r, 120)}`);
  }

  lines.push(...guessLines(batch.guesses));

  const problems = (o: NationalOutcome) => o.issues.filter((i) => !i.gap).length;
  const worst = [...outcomes].sort((a, b) => problems(b) - problems(a)).filter((o) => problems(o) > 0);
  if (worst.length) {
    lines.push('', 'Worst records (most issues other than gaps):');
    for (const o of worst.slice(0, examples)) {
      lines.push(
        `  ${o.code || o.source} ${clip(o.name, 60)} — ${problems(o)} issues${o.converted ? '' : ', not converted'}`,
      );
      for (const i of o.issues.filter((x) => !x.gap).slice(0, 3))
        lines.push(`      ${i.field}: ${clip(i.message, 110)}`);
    }
  }
  return lines;
}

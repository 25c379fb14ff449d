/**
 * The in-memory catalogue search: built once from the procedures in force, queried on every keystroke.
 *
 * Ranking, best first (score bands):
 *   1000 exact code · 900 exact name · 850 code prefix · 800 name starts with the query ·
 *    700 every word in the name · 500 every word in name, keywords, field or applicants ·
 *    300 every word matched, some only approximately (one edit for words of ≥ 4 letters) ·
 *    100 at least half of the words matched.
 * Within a band: the query as a phrase in the name, then how much of the name the query covers (shorter names
 * first), exact words before prefixes and typos; then field and name order (Vietnamese collation).
 * Words compare without diacritics, with y = i, and the last word of the query may be unfinished (a prefix).
 */
import type { Level, ProcedureRecord, TimeLimit } from './record.js';
import { searchWords, withinOneEdit, withoutProcedurePrefix } from './normalise.js';

/** What the index knows about one procedure (from the version in force). */
export interface CatalogueEntry {
  code: string;
  name: string;
  field: { code: string; name: string };
  /** Order of the field in listings (fields.sort_order); ties by field name. */
  fieldOrder: number;
  levels: readonly Level[];
  /** Agency ids of the performing units; empty = every unit at the procedure's levels. */
  units: readonly string[];
  applicants: readonly string[];
  keywords: readonly string[];
  onlineLevel: 'full' | 'partial' | 'none';
  sameDay: boolean;
  /** Time limit of the desk channel, when there is one. */
  timeLimit: TimeLimit | null;
  versionId: string;
  versionNo: number;
}

/** The parts of a record the index needs (the service loads only these). */
export type IndexedRecord = Pick<
  ProcedureRecord,
  | 'code'
  | 'name'
  | 'field'
  | 'levels'
  | 'units'
  | 'applicants'
  | 'keywords'
  | 'onlineLevel'
  | 'flags'
  | 'channels'
>;

export function catalogueEntry(
  r: IndexedRecord,
  meta: { versionId: string; versionNo: number; fieldOrder?: number },
): CatalogueEntry {
  const desk = r.channels.find((c) => c.kind === 'desk');
  return {
    code: r.code,
    name: r.name,
    field: { code: r.field.code, name: r.field.name },
    fieldOrder: meta.fieldOrder ?? 0,
    levels: r.levels,
    units: r.units ?? [],
    applicants: r.applicants,
    keywords: r.keywords,
    onlineLevel: r.onlineLevel,
    sameDay: r.flags.sameDay,
    timeLimit: desk ? { value: desk.timeLimit.value, unit: desk.timeLimit.unit } : null,
    versionId: meta.versionId,
    versionNo: meta.versionNo,
  };
}

export interface SearchFilters {
  field?: string;
  level?: Level;
  /** A unit: procedures it performs (listed by agency id, or open to every unit at its level). */
  unit?: { agencyId: string; levels: readonly Level[] };
}

export interface SearchQuery extends SearchFilters {
  q?: string;
  limit: number;
  offset: number;
}

export interface SearchHit {
  entry: CatalogueEntry;
  /** Absent when browsing without a query. */
  score?: number;
}

export interface SearchResult {
  items: SearchHit[];
  total: number;
}

interface Doc {
  entry: CatalogueEntry;
  codeKey: string;
  /** Folded name words without a leading "thủ tục". */
  nameWords: readonly string[];
  nameKey: string;
}

export interface SearchIndex {
  readonly size: number;
  readonly docs: readonly Doc[];
  /** Doc indices in browse order. */
  readonly browse: readonly number[];
  /** Sorted distinct words (name and other texts). */
  readonly vocabulary: readonly string[];
  readonly byLength: ReadonlyMap<number, readonly string[]>;
  readonly nameWords: ReadonlyMap<string, readonly number[]>;
  readonly otherWords: ReadonlyMap<string, readonly number[]>;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function addPosting(map: Map<string, number[]>, word: string, doc: number) {
  const list = map.get(word);
  if (!list) map.set(word, [doc]);
  else if (list[list.length - 1] !== doc) list.push(doc);
}

export function buildSearchIndex(entries: readonly CatalogueEntry[]): SearchIndex {
  const sorted = [...entries].sort(
    (a, b) =>
      a.fieldOrder - b.fieldOrder ||
      collator.compare(a.field.name, b.field.name) ||
      collator.compare(a.name, b.name) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  const nameWords = new Map<string, number[]>();
  const otherWords = new Map<string, number[]>();
  const docs: Doc[] = sorted.map((entry, i) => {
    const words = withoutProcedurePrefix(searchWords(entry.name));
    for (const w of searchWords(entry.name)) addPosting(nameWords, w, i);
    const others = [entry.field.name, ...entry.keywords, ...entry.applicants].flatMap(searchWords);
    for (const w of others) addPosting(otherWords, w, i);
    return {
      entry,
      codeKey: entry.code.toLowerCase(),
      nameWords: words,
      nameKey: words.join(' '),
    };
  });
  const vocabulary = [...new Set([...nameWords.keys(), ...otherWords.keys()])].sort();
  const byLength = new Map<number, string[]>();
  for (const w of vocabulary) {
    const list = byLength.get(w.length);
    if (list) list.push(w);
    else byLength.set(w.length, [w]);
  }
  return {
    size: docs.length,
    docs,
    browse: docs.map((_, i) => i),
    vocabulary,
    byLength,
    nameWords,
    otherWords,
  };
}

/** Levels of procedures a unit of each type receives. The provincial centre also receives commune procedures. */
export const levelsByUnitType: Readonly<Record<string, readonly Level[]>> = {
  province: ['province'],
  service_centre: ['province', 'commune'],
  sector_agency: ['province'],
  commune: ['commune'],
};

/** Whether a unit performs a procedure: the record names it, or names none and the unit receives its level. */
export function performs(
  procedure: { levels: readonly Level[]; units?: readonly string[] | undefined },
  unit: { agencyId: string; levels: readonly Level[] },
): boolean {
  const named = procedure.units ?? [];
  return named.length > 0
    ? named.includes(unit.agencyId)
    : procedure.levels.some((l) => unit.levels.includes(l));
}

function passes(doc: Doc, f: SearchFilters): boolean {
  const e = doc.entry;
  if (f.field !== undefined && e.field.code !== f.field) return false;
  if (f.level !== undefined && !e.levels.includes(f.level)) return false;
  return !f.unit || performs(e, f.unit);
}

/** Words of the vocabulary starting with `prefix` (binary search over the sorted vocabulary). */
function wordsWithPrefix(vocabulary: readonly string[], prefix: string): string[] {
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((vocabulary[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < vocabulary.length && (vocabulary[i] as string).startsWith(prefix); i++) {
    out.push(vocabulary[i] as string);
  }
  return out;
}

/** More than the largest catalogue (CatalogueFile allows 20,000 procedures). */
const DOC_SLOTS = 32768;
const EXACT = 3;
const PREFIX = 2;
const FUZZY = 1;

interface WordMatch {
  /** Per doc: the best level (exact/prefix/fuzzy, 0 = none) at which the doc's name matches the word. */
  inName: Uint8Array;
  /** The same for keywords, field and applicants. */
  inOther: Uint8Array;
}

/**
 * Vocabulary words matching a query word: itself (exact), words it begins when it is the last, perhaps unfinished,
 * word (prefix), and words within one edit when it has ≥ 4 letters (fuzzy). Memoised per index: queries repeat.
 */
function wordCandidates(
  index: SearchIndex,
  word: string,
  isLast: boolean,
): readonly (readonly [string, number])[] {
  const key = isLast ? `${word}*` : word;
  const memo = memos.get(index);
  const known = memo?.get(key);
  if (known) return known;
  const candidates: [string, number][] = [[word, EXACT]];
  if (isLast) {
    for (const w of wordsWithPrefix(index.vocabulary, word)) if (w !== word) candidates.push([w, PREFIX]);
  }
  if (word.length >= 4) {
    for (let len = word.length - 1; len <= word.length + 1; len++) {
      for (const w of index.byLength.get(len) ?? []) {
        if (w !== word && w.length >= 3 && withinOneEdit(word, w)) candidates.push([w, FUZZY]);
      }
    }
  }
  if (memo) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(key, candidates);
  } else {
    memos.set(index, new Map([[key, candidates]]));
  }
  return candidates;
}

const MEMO_SIZE = 10_000;
const memos = new WeakMap<SearchIndex, Map<string, readonly (readonly [string, number])[]>>();

/**
 * Marks the docs holding a word that matches the query word. `matched` counts, per doc, the query words it
 * matches; docs seen for the first time are appended to `touched`.
 */
function matchWord(
  index: SearchIndex,
  word: string,
  isLast: boolean,
  matched: Uint8Array,
  touched: number[],
): WordMatch {
  const inName = new Uint8Array(index.size);
  const inOther = new Uint8Array(index.size);
  const mark = (postings: readonly number[] | undefined, level: number, target: Uint8Array) => {
    if (!postings) return;
    for (const d of postings) {
      if (inName[d] === 0 && inOther[d] === 0) {
        if (matched[d] === 0) touched.push(d);
        matched[d]!++;
      }
      if (target[d]! < level) target[d] = level;
    }
  };
  for (const [w, level] of wordCandidates(index, word, isLast)) {
    mark(index.nameWords.get(w), level, inName);
    mark(index.otherWords.get(w), level, inOther);
  }
  return { inName, inOther };
}

interface QueryPlan {
  words: readonly string[];
  phrase: string;
  /** The raw query, trimmed and lower-cased, compared with codes ("1.001193"). */
  rawCode: string;
  codeLike: boolean;
  matches: readonly WordMatch[];
}

function scoreDoc(doc: Doc, plan: QueryPlan, d: number): number {
  const { words, phrase, rawCode, matches } = plan;
  if (doc.codeKey === rawCode) return 1000;
  let band = 0;
  if (doc.nameKey === phrase) band = 900;
  else if (plan.codeLike && doc.codeKey.startsWith(rawCode)) band = 850;
  else if (doc.nameKey.startsWith(phrase)) band = 800;

  let inName = 0;
  let exactOrPrefixAnywhere = 0;
  let matched = 0;
  let matchedLetters = 0;
  let inexact = 0;
  for (let i = 0; i < words.length; i++) {
    const m = matches[i]!;
    const n = m.inName[d]!;
    const best = Math.max(n, m.inOther[d]!);
    if (n >= PREFIX) inName++;
    if (best >= PREFIX) exactOrPrefixAnywhere++;
    if (best > 0) {
      matched++;
      matchedLetters += words[i]!.length;
      if (best < EXACT) inexact++;
    }
  }
  const all = words.length;
  if (band === 0) {
    if (inName === all) band = 700;
    else if (exactOrPrefixAnywhere === all) band = 500;
    else if (matched === all) band = 300;
    else if (all >= 3 && matched * 2 > all && matchedLetters >= 4) band = 100;
    else return 0;
  }
  // The phrase can only be in the name when every word is.
  const phraseBonus = band < 800 && inName === all && doc.nameKey.includes(phrase) ? 30 : 0;
  const coverage =
    doc.nameWords.length > 0 ? (40 * Math.min(inName, doc.nameWords.length)) / doc.nameWords.length : 0;
  return band + phraseBonus + coverage + 20 - Math.min(20, 5 * inexact);
}

/** Searches (or, without a query, browses) the index. */
export function searchCatalogue(index: SearchIndex, query: SearchQuery): SearchResult {
  const words = withoutProcedurePrefix(searchWords(query.q ?? ''));
  if (words.length === 0) {
    const hits = index.browse.filter((d) => passes(index.docs[d]!, query));
    return {
      total: hits.length,
      items: hits
        .slice(query.offset, query.offset + query.limit)
        .map((d) => ({ entry: index.docs[d]!.entry })),
    };
  }
  // Codes look like "1.001193": compare the raw text, not the normalised words ("1001193" is read as "1.001193").
  const rawCode = withCodeDot((query.q ?? '').trim().toLowerCase());
  const codeLike = rawCode.length >= 3 && /^[0-9]/.test(rawCode);
  const matched = new Uint8Array(index.size);
  const touched: number[] = [];
  const matches = words.map((w, i) => matchWord(index, w, i === words.length - 1, matched, touched));
  // Only docs that match a word (or, for a code, start with it) can score.
  if (codeLike) {
    for (let d = 0; d < index.size; d++) {
      if (matched[d] === 0 && index.docs[d]!.codeKey.startsWith(rawCode)) touched.push(d);
    }
  }
  const plan: QueryPlan = { words, phrase: words.join(' '), rawCode, codeLike, matches };
  // Sort keys: score (to 0.001, descending) then browse position, packed in one number and sorted natively.
  const keys = new Float64Array(touched.length);
  let count = 0;
  const all = words.length;
  for (const d of touched) {
    // Too few words matched for any band (all words, or a strict majority of three or more), unless a code.
    if (!codeLike && (all < 3 ? matched[d]! < all : matched[d]! * 2 <= all)) continue;
    const doc = index.docs[d]!;
    if (!passes(doc, query)) continue;
    const score = scoreDoc(doc, plan, d);
    if (score > 0) keys[count++] = -Math.round(score * 1000) * DOC_SLOTS + d;
  }
  const sorted = keys.subarray(0, count).sort();
  const page = sorted.subarray(Math.min(query.offset, count), Math.min(query.offset + query.limit, count));
  return {
    total: count,
    items: Array.from(page, (key) => {
      const d = ((key % DOC_SLOTS) + DOC_SLOTS) % DOC_SLOTS;
      const score = (d - key) / DOC_SLOTS / 1000;
      return { entry: index.docs[d]!.entry, score: Math.round(score * 10) / 10 };
    }),
  };
}

/**
 * A national procedure code typed without its dot ("1001193", as read aloud or copied from a form) in its written
 * form "1.001193"; anything else unchanged.
 */
export function withCodeDot(text: string): string {
  return /^\d{7}$/.test(text) ? `${text[0]}.${text.slice(1)}` : text;
}

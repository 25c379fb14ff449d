/**
 * Proposed conditions from a document's wording. A national record says when a paper is needed in its name:
 * "Văn bản ủy quyền (trường hợp ủy quyền)", "Trường hợp người yêu cầu là người đại diện: giấy tờ chứng minh…",
 * "Giấy tờ chứng minh thuộc diện miễn lệ phí (nếu có)". Each such document gets a proposed yes/no question made from
 * that wording and a condition "needed when yes"; the same wording in several documents makes one question. Only a
 * name that begins with the wording or carries it in parentheses is read so: in "Giấy chứng sinh; trường hợp không
 * có Giấy chứng sinh thì …" the clause is an alternative inside an always-needed paper, not its condition.
 * Every guess is reported (procedure, document, wording, question) for a person to check: nothing is silent.
 */
import type { ChecklistQuestion, ProcedureRecord, RequiredDocument } from '../record.js';
import { stripDiacritics } from '../../notify/sms-text.js';

export interface ConditionGuess {
  code: string;
  procedure: string;
  document: string;
  /** The words the guess was made from, as in the record. */
  wording: string;
  question: ChecklistQuestion;
}

const KEYWORDS = String.raw`trường hợp|chỉ khi|nếu|đối với|khi`;
/**
 * "Trường hợp …: rest" / "Đối với …, hồ sơ gồm" / "Nếu … thì …" at the start of a name: the clause ends at a colon,
 * a semicolon, "thì", "phải" or ", hồ sơ / kèm theo / ngoài" (a plain comma may be inside the situation).
 */
const LEADING = new RegExp(
  String.raw`^\s*[-–*•]?\s*((?:${KEYWORDS})\s[^:;]{3,200}?)\s*(?::|;|\sthì\s|\sphải\s|,\s*(?:hồ sơ|kèm theo|ngoài)\s|$)`,
  'iu',
);
/** "(trường hợp …)", "(nếu có)", "(đối với …)" closing a name: a parenthesis inside a name qualifies a part of it. */
const PARENTHESISED = new RegExp(String.raw`\(\s*((?:${KEYWORDS})(?:\s[^()]{1,200})?)\s*\)[\s.;:,]*$`, 'iu');

/** The wording of a document's condition, if its name says when it is needed. */
export function conditionWording(name: string): string | undefined {
  const p = PARENTHESISED.exec(name);
  if (p?.[1]) return p[1].trim();
  const l = LEADING.exec(name);
  if (l?.[1]) return l[1].trim();
  return undefined;
}

/** The document's name without its closing condition: "Biên bản đối thoại (nếu có)." → "Biên bản đối thoại". */
const paperOf = (name: string) =>
  name
    .replace(PARENTHESISED, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.;:,]+$/, '')
    .trim();

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** The proposed question for a wording: "nếu có" asks whether the citizen has the paper. */
export function questionText(wording: string, documentName: string): string {
  if (/^nếu có$/iu.test(wording)) {
    const paper = documentName
      .replace(PARENTHESISED, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.;:,]+$/, '');
    return clipText(`Có ${paper.charAt(0).toLocaleLowerCase('vi')}${paper.slice(1)} không?`, 300);
  }
  return clipText(`${capitalise(wording.replace(/[.;:,]+$/, ''))}?`, 300);
}

function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 2).trimEnd()}…?`;
}

/** A question id from words: "Trường hợp ủy quyền" → "truong_hop_uy_quyen" (at most 40 characters). */
export function questionId(words: string, taken: ReadonlySet<string>): string {
  let base = stripDiacritics(words)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 36)
    .replace(/_+$/, '');
  if (!/^[a-z]/.test(base)) base = `q_${base}`.slice(0, 36);
  if (base === '' || base === 'q_') base = 'cau_hoi';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  return id;
}

/**
 * The record with a proposed question and condition for every document whose name says when it is needed, and
 * the guesses made. A record that already has questions is left as it is (they were set by hand).
 */
export function guessConditions(record: ProcedureRecord): {
  record: ProcedureRecord;
  guesses: ConditionGuess[];
} {
  if ((record.questions ?? []).length > 0) return { record, guesses: [] };
  const questions: ChecklistQuestion[] = [];
  const byWording = new Map<string, ChecklistQuestion>();
  const guesses: ConditionGuess[] = [];
  const documents: RequiredDocument[] = record.documents.map((doc) => {
    const wording = conditionWording(doc.name);
    if (wording === undefined || doc.condition || questions.length >= 20) return doc;
    const key = /^nếu có$/iu.test(wording) ? `${wording}\u0000${doc.name}` : wording.toLocaleLowerCase('vi');
    let question = byWording.get(key);
    if (!question) {
      const text = questionText(wording, doc.name);
      const id = questionId(
        /^nếu có$/iu.test(wording) ? `co ${paperOf(doc.name)}` : wording,
        new Set(questions.map((q) => q.id)),
      );
      question = { id, text, kind: 'yes_no' };
      questions.push(question);
      byWording.set(key, question);
    }
    guesses.push({ code: record.code, procedure: record.name, document: doc.name, wording, question });
    return { ...doc, condition: { question: question.id, answers: ['yes'] } };
  });
  if (questions.length === 0) return { record, guesses };
  return { record: { ...record, questions, documents }, guesses };
}

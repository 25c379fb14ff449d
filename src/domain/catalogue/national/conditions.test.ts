/**
 * Proposed conditions: what wording counts, the questions made from it, and the converter over all 2,378 national
 * records (../shared/data/national-catalogue beside the repository; skipped with a message when it is absent): the
 * guesses are counted, reported, stable, and no document without such wording gets a condition.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../validate.js';
import { convertNational, guessLines, reportLines, type NationalSource } from './batch.js';
import { conditionWording, guessConditions, questionId, questionText } from './conditions.js';
import { birthRegistration } from '../../checklist/test-fixtures.js';

describe('conditionWording', () => {
  it('reads a leading or parenthesised "Trường hợp…", "Chỉ khi…", "Nếu…", "Đối với…", "(nếu có)"', () => {
    expect(conditionWording('Văn bản ủy quyền (trường hợp ủy quyền cho người khác)')).toBe(
      'trường hợp ủy quyền cho người khác',
    );
    expect(conditionWording('Trường hợp người yêu cầu là người đại diện: giấy tờ chứng minh')).toBe(
      'Trường hợp người yêu cầu là người đại diện',
    );
    expect(conditionWording('Đối với hộ gia đình, hồ sơ gồm văn bản thỏa thuận')).toBe('Đối với hộ gia đình');
    expect(conditionWording('Giấy tờ chứng minh miễn lệ phí (nếu có)')).toBe('nếu có');
    expect(conditionWording('Chỉ khi nhận thừa kế: văn bản khai nhận di sản')).toBe('Chỉ khi nhận thừa kế');
  });

  it('leaves an alternative inside an always-needed paper alone', () => {
    expect(
      conditionWording(
        'Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng',
      ),
    ).toBeUndefined();
    expect(conditionWording('Tờ khai đăng ký khai sinh')).toBeUndefined();
    expect(conditionWording('Bản sao hồ sơ đối chiếu')).toBeUndefined();
  });

  it('makes a yes/no question and a unique id', () => {
    expect(questionText('trường hợp ủy quyền', 'Văn bản ủy quyền')).toBe('Trường hợp ủy quyền?');
    expect(questionText('nếu có', 'Giấy tờ chứng minh miễn lệ phí (nếu có)')).toBe(
      'Có giấy tờ chứng minh miễn lệ phí không?',
    );
    expect(questionId('Trường hợp ủy quyền', new Set())).toBe('truong_hop_uy_quyen');
    expect(questionId('Trường hợp ủy quyền', new Set(['truong_hop_uy_quyen']))).toBe('truong_hop_uy_quyen_2');
    expect(questionId('123', new Set())).toBe('q_123');
  });

  it('gives a record a valid question and condition per such document, one question per wording', () => {
    const base = { ...birthRegistration, cases: [] };
    const record = {
      ...base,
      documents: [
        { name: 'Tờ khai', kind: 'submit' as const, originals: 1, copies: 0 },
        { name: 'Văn bản ủy quyền (trường hợp ủy quyền)', kind: 'submit' as const, originals: 1, copies: 0 },
        {
          name: 'Bản sao giấy tờ tùy thân người được ủy quyền (trường hợp ủy quyền)',
          kind: 'present' as const,
          originals: 1,
          copies: 0,
        },
      ],
    };
    const { record: guessed, guesses } = guessConditions(record);
    expect(guesses.map((g) => g.question.id)).toEqual(['truong_hop_uy_quyen', 'truong_hop_uy_quyen']);
    expect(guessed.questions).toEqual([
      { id: 'truong_hop_uy_quyen', text: 'Trường hợp ủy quyền?', kind: 'yes_no' },
    ]);
    expect(guessed.documents[0]!.condition).toBeUndefined();
    expect(guessed.documents[2]!.condition).toEqual({ question: 'truong_hop_uy_quyen', answers: ['yes'] });
    expect(checkRecord(guessed).ok).toBe(true);
  });
});

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const nationalDir = path.resolve(repoRoot, '../shared/data/national-catalogue');
const present = fs.existsSync(nationalDir);
if (!present) {
  console.warn(
    `Skipping the national-catalogue tests: ${nationalDir} is absent (it is ../shared/data/national-catalogue ` +
      'beside the repository in CI).',
  );
}

function readAll(): NationalSource[] {
  const files: string[] = [];
  for (const dir of fs.readdirSync(nationalDir, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(nationalDir, dir.name)))
      if (f.endsWith('.json')) files.push(path.join(dir.name, f));
  }
  files.sort();
  return files.map((source) => ({
    source,
    data: JSON.parse(fs.readFileSync(path.join(nationalDir, source), 'utf8')) as unknown,
  }));
}

describe.skipIf(!present)('from-national over all 2,378 national records', () => {
  it('counts and reports the proposed conditions, and puts none on a document without such wording', () => {
    const sources = readAll();
    expect(sources).toHaveLength(2378);
    const batch = convertNational(sources);
    const { guesses } = batch;
    // Stable numbers: a change in the wording rules shows here and in the report.
    expect({
      converted: batch.file.procedures.length,
      guesses: guesses.length,
      procedures: new Set(guesses.map((g) => g.code)).size,
      questions: new Set(guesses.map((g) => `${g.code} ${g.question.id}`)).size,
      ifAny: guesses.filter((g) => /^nếu có$/iu.test(g.wording)).length,
    }).toEqual(EXPECTED);
    expect(batch.file.version).toBe(2);

    let conditional = 0;
    for (const p of batch.file.procedures) {
      for (const d of p.documents) {
        const wording = conditionWording(d.name);
        if (wording === undefined) expect(d.condition, `${p.code}: ${d.name}`).toBeUndefined();
        if (d.condition) {
          conditional++;
          expect(d.name.toLocaleLowerCase('vi')).toContain(wording!.toLocaleLowerCase('vi'));
          expect(p.questions?.some((q) => q.id === d.condition!.question)).toBe(true);
        }
      }
      expect(checkRecord(p).ok).toBe(true);
    }
    expect(conditional).toBe(guesses.length);

    const report = reportLines(batch);
    expect(report).toEqual(expect.arrayContaining(guessLines(guesses)));
    expect(report.join('\n')).toContain(
      `Conditions proposed from the documents' wording (check each in the editor): ${EXPECTED.guesses} documents`,
    );
  }, 120_000);
});

const EXPECTED = { converted: 2256, guesses: 1496, procedures: 676, questions: 1397, ifAny: 449 };

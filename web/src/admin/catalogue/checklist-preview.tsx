/**
 * The edit form's live preview of the checklist a citizen gets: the questions they are asked (the same component as
 * the procedure page, the hotline and the desk) and, for the answers tried here, the documents — always needed
 * first, then those the answers call for, then those still depending on an unanswered question, and last those
 * the answers rule out. Decided by the server's own function (answeredChecklist) on the record as it stands in the
 * form, saved or not.
 */
import { useMemo, useState } from 'react';
import { Button, Form, Select, type FormInstance } from 'antd';
import type { ProcedureRecord, RequiredDocument } from '../../../../src/domain/catalogue/record.js';
import { answeredChecklist, type AnsweredDocument } from '../../../../src/domain/checklist/answered.js';
import {
  checklistGroups,
  countsInWords,
  documentKindShort,
} from '../../../../src/domain/checklist/checklist.js';
import { checkAnswers, conditionInWords, type Answers } from '../../../../src/domain/checklist/conditions.js';
import { CaseQuestions } from '../../shared/case-questions.js';
import { previewRecord, type FormRecord, type FormValues } from './form-model.js';
import { Section } from './form-parts.js';

const order = { always: 0, applies: 1, unanswered: 2 } as const;

interface Line {
  index: number;
  document: RequiredDocument;
  why?: string;
}

function Group({ id, title, lines, empty }: { id: string; title: string; lines: Line[]; empty?: string }) {
  if (lines.length === 0 && !empty) return null;
  return (
    <div className="cat-preview-group" data-group={id}>
      <h3 className="cat-preview-title" id={`cat-preview-${id}`}>
        {title} ({lines.length})
      </h3>
      {lines.length === 0 ? (
        <p className="cat-help">{empty}</p>
      ) : (
        <ul className="cat-preview-list" aria-labelledby={`cat-preview-${id}`}>
          {lines.map(({ index, document: d, why }) => (
            <li key={index}>
              <span className="cat-preview-name">{d.name || `(giấy tờ ${index + 1} chưa có tên)`}</span>
              <span className="cat-preview-meta">
                {documentKindShort[d.kind]} · {countsInWords(d)}
                {d.case ? ` · Trường hợp: ${d.case}` : ''}
              </span>
              {why && <span className="cat-preview-why">{why}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function lines(record: ProcedureRecord, docs: readonly AnsweredDocument[]): Line[] {
  return docs.map((d) => ({
    index: d.index,
    document: d.document,
    ...(d.applicability === 'always' ? {} : { why: conditionInWords(record, d.document) }),
  }));
}

export function ChecklistPreview({ form }: { form: FormInstance<FormValues> }) {
  const values = Form.useWatch((v: FormValues) => v.record, { form, preserve: true }) as
    FormRecord | undefined;
  const record = useMemo(() => (values ? previewRecord(values) : undefined), [values]);
  const [tried, setTried] = useState<Answers>({});
  const [caseName, setCaseName] = useState<string | undefined>(undefined);
  if (!record) return null;

  // Answers to questions (or options) removed since they were tried no longer count.
  const wrong = new Set(checkAnswers(record, tried).map((p) => p.question));
  const answers = Object.fromEntries(Object.entries(tried).filter(([q]) => !wrong.has(q)));
  const chosenCase = caseName !== undefined && record.cases.includes(caseName) ? caseName : undefined;
  const inCase = checklistGroups(record, chosenCase).flatMap((g) => [...g.submit, ...g.present]);
  const answered = answeredChecklist(record, answers, chosenCase).documents;
  const sorted = [...answered].sort((a, b) => order[a.applicability] - order[b.applicability]);
  const shown = new Set(answered.map((d) => d.index));
  const ruledOut = inCase
    .map((document) => ({ document, index: record.documents.indexOf(document) }))
    .filter((d) => !shown.has(d.index))
    .map((d) => ({ ...d, why: conditionInWords(record, d.document) }));
  const of = (a: AnsweredDocument['applicability']) =>
    lines(
      record,
      sorted.filter((d) => d.applicability === a),
    );

  return (
    <Section id="cat-preview" title="Xem trước giấy tờ công dân cần">
      <p className="cat-help">
        Theo nội dung đang sửa (chưa lưu cũng được). Chọn thử câu trả lời để xem danh sách đổi theo.
      </p>
      {record.cases.length > 0 && (
        <Form.Item label="Trường hợp" className="cat-tight" htmlFor="cat-preview-case">
          <Select
            id="cat-preview-case"
            value={chosenCase ?? ''}
            onChange={(v: string) => setCaseName(v === '' ? undefined : v)}
            options={[
              { value: '', label: 'Mọi trường hợp' },
              ...record.cases.filter(Boolean).map((c) => ({ value: c, label: c })),
            ]}
          />
        </Form.Item>
      )}
      <CaseQuestions
        record={record}
        documents={inCase}
        value={answers}
        onChange={setTried}
        idPrefix="cat-preview-q"
        title="Công dân được hỏi"
      />
      {Object.keys(answers).length > 0 && (
        <Button size="small" onClick={() => setTried({})} className="cat-preview-reset">
          Bỏ các câu trả lời
        </Button>
      )}
      <Group id="always" title="Luôn cần" lines={of('always')} empty="Không có giấy tờ nào luôn cần." />
      <Group id="applies" title="Cần theo câu trả lời" lines={of('applies')} />
      <Group id="unanswered" title="Tùy câu trả lời (chưa trả lời)" lines={of('unanswered')} />
      <Group id="not-needed" title="Không cần với các câu trả lời này" lines={ruledOut} />
    </Section>
  );
}

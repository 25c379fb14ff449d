/**
 * "Giấy tờ cần mang theo": the documents to submit and to present, with counts in words and form names, grouped
 * by case when the procedure has cases (a case picker narrows the list to one case), and narrowed by the citizen's
 * answers to the procedure's questions: a document that does not apply is left out, one whose question is not
 * answered yet says when it is needed ("Chỉ khi: …"), never shown as plainly required.
 */
import type { RequiredDocument } from '../../../src/domain/catalogue/record.js';
import {
  checklistGroups,
  countsInWords,
  documentKindNames,
  type ChecklistGroup,
} from '../../../src/domain/checklist/checklist.js';
import {
  applicability,
  conditionInWords,
  questionsFor,
  type Answers,
} from '../../../src/domain/checklist/conditions.js';
import type { ProcedureDetail } from '../shared/catalogue.js';
import { QuestionsPanel } from './answers.js';

export function DocumentItem({
  doc,
  showCase,
  only,
}: {
  doc: Omit<RequiredDocument, 'condition'>;
  showCase: boolean;
  /** "Chỉ khi: …" for a document whose question is not answered yet. */
  only?: string | undefined;
}) {
  return (
    <li className="doc">
      <div>
        <div className="doc-name">
          {doc.name}
          {showCase && doc.case && <span className="doc-case">Riêng trường hợp này</span>}
        </div>
        {only && <p className="doc-only">{only}</p>}
        <span className="doc-counts">{countsInWords(doc)}</span>
        {doc.form && (
          <p className="doc-form">
            Mẫu đơn, tờ khai:{' '}
            {doc.form.url ? (
              <a href={doc.form.url} target="_blank" rel="noreferrer">
                {doc.form.name}
              </a>
            ) : (
              doc.form.name
            )}
          </p>
        )}
        {doc.note && <p className="doc-note">{doc.note}</p>}
      </div>
    </li>
  );
}

function KindList(props: {
  kind: RequiredDocument['kind'];
  docs: RequiredDocument[];
  level: 'h3' | 'h4';
  showCase: boolean;
  onlyOf: (doc: RequiredDocument) => string | undefined;
}) {
  if (props.docs.length === 0) return null;
  const Heading = props.level;
  return (
    <div className="doc-group">
      <Heading>
        {documentKindNames[props.kind]} ({props.docs.length})
      </Heading>
      <ol className="doc-list">
        {props.docs.map((d, i) => (
          <DocumentItem key={`${d.name}-${i}`} doc={d} showCase={props.showCase} only={props.onlyOf(d)} />
        ))}
      </ol>
    </div>
  );
}

function Group({
  group,
  nested,
  showCase,
  onlyOf,
}: {
  group: ChecklistGroup;
  nested: boolean;
  showCase: boolean;
  onlyOf: (doc: RequiredDocument) => string | undefined;
}) {
  const level = nested ? 'h4' : 'h3';
  const empty = group.submit.length + group.present.length === 0;
  return (
    <>
      {nested && (
        <h3 className="case-title">
          {group.case === undefined ? 'Giấy tờ chung cho mọi trường hợp' : `Trường hợp: ${group.case}`}
        </h3>
      )}
      {empty && <p className="muted">Không cần giấy tờ riêng.</p>}
      <KindList kind="submit" docs={group.submit} level={level} showCase={showCase} onlyOf={onlyOf} />
      <KindList kind="present" docs={group.present} level={level} showCase={showCase} onlyOf={onlyOf} />
    </>
  );
}

export function ChecklistSection(props: {
  procedure: ProcedureDetail;
  caseName: string | undefined;
  onCaseChange: (caseName: string | undefined) => void;
  /** The citizen's answers (default: none yet). */
  answers?: Answers;
  /** Without it the questions are not asked here (conditional documents then say when they are needed). */
  onAnswer?: (question: string, value: string | undefined) => void;
}) {
  const { procedure, answers = {} } = props;
  const all = checklistGroups(procedure, props.caseName);
  const questions = questionsFor(
    procedure,
    all.flatMap((g) => [...g.submit, ...g.present]),
  );
  const needed = (d: RequiredDocument) => applicability(d, answers) !== 'not_applicable';
  const groups = all.map((g) => ({
    ...g,
    submit: g.submit.filter(needed),
    present: g.present.filter(needed),
  }));
  const left =
    all.reduce((n, g) => n + g.submit.length + g.present.length, 0) -
    groups.reduce((n, g) => n + g.submit.length + g.present.length, 0);
  const onlyOf = (d: RequiredDocument) =>
    applicability(d, answers) === 'unanswered' ? conditionInWords(procedure, d) : undefined;
  const nested = groups.length > 1;
  return (
    <section className="card checklist-card" aria-labelledby="checklist-title">
      <h2 id="checklist-title">Giấy tờ cần mang theo</h2>
      {procedure.cases.length > 0 && (
        <fieldset className="case-picker">
          <legend>Trường hợp của bạn</legend>
          <div className="case-options">
            <label className="case-option">
              <input
                type="radio"
                name="case"
                value=""
                checked={props.caseName === undefined}
                onChange={() => props.onCaseChange(undefined)}
              />
              <span>Xem tất cả trường hợp</span>
            </label>
            {procedure.cases.map((c) => (
              <label className="case-option" key={c}>
                <input
                  type="radio"
                  name="case"
                  value={c}
                  checked={props.caseName === c}
                  onChange={() => props.onCaseChange(c)}
                />
                <span>{c}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {props.onAnswer && <QuestionsPanel questions={questions} answers={answers} onAnswer={props.onAnswer} />}
      {procedure.documents.length === 0 ? (
        <p className="muted">Thủ tục này không yêu cầu giấy tờ.</p>
      ) : (
        groups.map((g) => (
          <Group
            key={g.case ?? ''}
            group={g}
            nested={nested}
            showCase={props.caseName !== undefined}
            onlyOf={onlyOf}
          />
        ))
      )}
      {left > 0 && (
        <p className="muted" role="status">
          {left} giấy tờ không cần với câu trả lời của bạn.
        </p>
      )}
    </section>
  );
}

/**
 * The citizen's answers to a procedure's questions, kept in the page URL (?tra-loi=uy_quyen:yes,tre_bo_roi:no) so
 * that a link, the print view and the PDF carry them; and the questions asked once on the procedure page, as radio
 * groups. Unknown questions or answers in a URL are ignored (the page still opens).
 */
import { useSearchParam } from '../shared/search-param.js';
import type { ChecklistQuestion, ProcedureRecord } from '../../../src/domain/catalogue/record.js';
import {
  checkAnswers,
  formatAnswers,
  parseAnswers,
  questionOptions,
  type Answers,
} from '../../../src/domain/checklist/conditions.js';
import { ANSWERS_PARAM } from '../../../src/domain/checklist/carried.js';

export { ANSWERS_PARAM };
export const CASE_PARAM = 'truong-hop';

/** Only the answers that are to one of the record's questions and one of its options. */
export function validAnswers(record: Pick<ProcedureRecord, 'questions'>, text: string | null): Answers {
  const parsed = parseAnswers(text ?? '') ?? {};
  const bad = new Set(checkAnswers(record, parsed).map((p) => p.question));
  return Object.fromEntries(Object.entries(parsed).filter(([q]) => !bad.has(q)));
}

/** The page's query for a case and answers: "?truong-hop=…&tra-loi=a:yes,b:no" (commas and colons left readable). */
export function checklistQuery(caseName: string | undefined, answers: Answers): string {
  const parts: string[] = [];
  if (caseName) parts.push(`${CASE_PARAM}=${encodeURIComponent(caseName)}`);
  const text = formatAnswers(answers);
  if (text)
    parts.push(`${ANSWERS_PARAM}=${encodeURIComponent(text).replace(/%3A/g, ':').replace(/%2C/g, ',')}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** ?tra-loi=… of the page, checked against the procedure, and a setter that keeps the rest of the URL. */
export function useAnswersParam(procedure: Pick<ProcedureRecord, 'questions'> | undefined) {
  const [text, setText] = useSearchParam(ANSWERS_PARAM);
  const answers = procedure ? validAnswers(procedure, text) : {};
  const setAnswer = (question: string, value: string | undefined) => {
    const next: Record<string, string> = { ...answers };
    if (value === undefined) delete next[question];
    else next[question] = value;
    setText(formatAnswers(next) || null);
  };
  return [answers, setAnswer] as const;
}

function Question(props: {
  question: ChecklistQuestion;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const { question } = props;
  const name = `q-${question.id}`;
  const helpId = question.help ? `${name}-help` : undefined;
  return (
    <fieldset className="question" aria-describedby={helpId}>
      <legend>{question.text}</legend>
      {question.help && (
        <p className="question-help" id={helpId}>
          {question.help}
        </p>
      )}
      <div className="question-options">
        {questionOptions(question).map((o) => (
          <label className="case-option" key={o.value}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
        <label className="case-option">
          <input
            type="radio"
            name={name}
            value=""
            checked={props.value === undefined}
            onChange={() => props.onChange(undefined)}
          />
          <span>Chưa rõ</span>
        </label>
      </div>
    </fieldset>
  );
}

/** The questions that decide this checklist, each once; answering one narrows the list at once. */
export function QuestionsPanel(props: {
  questions: readonly ChecklistQuestion[];
  answers: Answers;
  onAnswer: (question: string, value: string | undefined) => void;
}) {
  if (props.questions.length === 0) return null;
  return (
    <div className="questions" role="group" aria-labelledby="questions-title">
      <h3 id="questions-title">Trả lời để biết chính xác giấy tờ của bạn</h3>
      {props.questions.map((q) => (
        <Question
          key={q.id}
          question={q}
          value={props.answers[q.id]}
          onChange={(v) => props.onAnswer(q.id, v)}
        />
      ))}
    </div>
  );
}

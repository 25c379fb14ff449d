/**
 * The procedure's checklist questions ("Trẻ bị bỏ rơi?" Có / Không), asked once and carried along the journey: the
 * hotline specialist asks them on the phone, the booking page and the desk intake ask them (prefilled with what was
 * answered before). Plain form controls, so that the portal (no Ant Design) and the desk share one component.
 */
import type { ProcedureRecord, RequiredDocument } from '../../../src/domain/catalogue/record.js';
import { questionOptions, questionsFor, type Answers } from '../../../src/domain/checklist/conditions.js';
import './case-questions.css';

export function CaseQuestions({
  record,
  documents = record.documents,
  value,
  onChange,
  idPrefix,
  title = 'Câu hỏi về trường hợp của công dân',
}: {
  record: Pick<ProcedureRecord, 'questions' | 'documents'>;
  /** The documents whose questions to ask (default: every document of the record). */
  documents?: readonly Pick<RequiredDocument, 'condition'>[];
  value: Answers;
  onChange: (answers: Answers) => void;
  idPrefix: string;
  title?: string;
}) {
  const questions = questionsFor(record, documents);
  if (questions.length === 0) return null;
  const set = (id: string, answer: string | undefined) => {
    const next: Record<string, string> = { ...value };
    if (answer === undefined) delete next[id];
    else next[id] = answer;
    onChange(next);
  };
  return (
    <section className="case-questions" aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`} className="case-questions-title">
        {title}
      </h3>
      {questions.map((q) => (
        <fieldset key={q.id} className="case-question" data-question={q.id}>
          <legend>{q.text}</legend>
          {q.help && <p className="case-question-help">{q.help}</p>}
          <div className="case-question-options">
            {questionOptions(q).map((o) => (
              <label key={o.value} className="case-question-option">
                <input
                  type="radio"
                  name={`${idPrefix}-${q.id}`}
                  value={o.value}
                  checked={value[q.id] === o.value}
                  onChange={() => set(q.id, o.value)}
                />
                <span>{o.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </section>
  );
}

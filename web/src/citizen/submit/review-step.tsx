/** The review step: everything the dossier will carry, each part with a link back to its step, then submit. */
import { useQuery } from '@tanstack/react-query';
import type { Draft } from '../../../../src/contracts/citizen-submission.js';
import type { ProcedureRecord } from '../../../../src/domain/catalogue/record.js';
import { answersInWords } from '../../../../src/domain/checklist/conditions.js';
import type { Step } from './steps.js';
import { OnlineFeeReview } from '../../portal/fees-today.js';

export function ReviewStep({
  draft,
  record,
  steps,
  goTo,
  onSubmit,
  submitting,
}: {
  draft: Draft;
  record: Pick<ProcedureRecord, 'questions'>;
  steps: readonly Step[];
  goTo: (step: Step) => void;
  onSubmit: () => void;
  submitting: boolean;
}) {
  // The form step loaded the template; its labels name the values here.
  const template = useQuery<{ fields: { key: string; label: string }[] }>({
    queryKey: ['declaration', draft.procedure.code],
    enabled: false,
  });
  const label = (key: string) => template.data?.fields.find((f) => f.key === key)?.label ?? key;
  const unit = draft.units.find((u) => u.agencyId === draft.unit);
  const edit = (step: Step, what: string) =>
    steps.includes(step) && (
      <button type="button" className="citizen-link" onClick={() => goTo(step)}>
        Sửa<span className="visually-hidden"> {what}</span>
      </button>
    );
  return (
    <div className="wizard-review">
      <section className="card" aria-labelledby="rv-unit">
        <h3 id="rv-unit">Nơi nộp {edit('unit', 'nơi nộp')}</h3>
        <p>{unit?.name ?? draft.unit}</p>
      </section>
      {steps.includes('questions') && (
        <section className="card" aria-labelledby="rv-questions">
          <h3 id="rv-questions">Trường hợp của bạn {edit('questions', 'câu trả lời')}</h3>
          <ul className="plain-list">
            {answersInWords(record, draft.answers).map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="card" aria-labelledby="rv-form">
        <h3 id="rv-form">Tờ khai {edit('form', 'tờ khai')}</h3>
        <dl>
          <dt>Người nộp</dt>
          <dd>{draft.applicant.name}</dd>
          {draft.form.map((v) => (
            <div key={v.key}>
              <dt>{label(v.key)}</dt>
              <dd>{v.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card" aria-labelledby="rv-papers">
        <h3 id="rv-papers">Giấy tờ {edit('papers', 'giấy tờ')}</h3>
        <ul className="plain-list">
          {draft.papers.map((p) => (
            <li key={p.position}>
              <strong>{p.name}:</strong>{' '}
              {draft.files
                .filter((f) => f.position === p.position)
                .map((f) => f.fileName)
                .join(', ') || 'chưa có tệp'}
            </li>
          ))}
        </ul>
      </section>
      <OnlineFeeReview code={draft.procedure.code} />
      <button type="button" className="btn btn-primary" onClick={onSubmit} disabled={submitting}>
        Nộp hồ sơ
      </button>
    </div>
  );
}

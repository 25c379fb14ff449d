/**
 * Nộp hồ sơ trực tuyến (/cong-dan/nop/:procedureCode[?draft=…]): choose the unit (when several do the procedure),
 * answer the case questions, fill the form, upload each paper or pick it from "Giấy tờ của tôi", review, submit →
 * the dossier's code and what happens next. Every step is saved in the draft, so the citizen can leave and come
 * back. One step at a time, its heading focused when it opens (screen readers hear where they are).
 */
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { citizenApi } from '../../../../src/contracts/citizen-api.js';
import { submissionApi } from '../../../../src/contracts/citizen-submission-api.js';
import type { Submitted } from '../../../../src/contracts/citizen-submission.js';
import { questionsFor, type Answers } from '../../../../src/domain/checklist/conditions.js';
import { CaseQuestions } from '../../shared/case-questions.js';
import { useProcedure } from '../../shared/catalogue.js';
import { call } from '../../shared/client.js';
import { PageTitle } from '../../portal/layout.js';
import { FormStep } from './form-step.js';
import { PapersStep } from './papers-step.js';
import { ReviewStep } from './review-step.js';
import { messageOf, useDraft } from './use-draft.js';
import { TITLES, type Step } from './steps.js';

function Done({ result }: { result: Submitted }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section className="card wizard-done" aria-labelledby="done-title">
      <h2 id="done-title" ref={ref} tabIndex={-1}>
        Đã nộp hồ sơ
      </h2>
      <p>
        Mã hồ sơ: <strong className="wizard-code">{result.code}</strong>
      </p>
      <p>
        Nơi tiếp nhận: {result.unitName} · Trạng thái: {result.statusLabel}
      </p>
      <p>{result.next}</p>
      <p className="citizen-row">
        <Link className="btn btn-primary" to="/cong-dan/ho-so">
          Xem Hồ sơ của tôi
        </Link>
        <Link to={`/tra-cuu?ma=${encodeURIComponent(result.code)}`}>Tra cứu hồ sơ {result.code}</Link>
      </p>
    </section>
  );
}

export function WizardPage() {
  const { procedureCode = '' } = useParams();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const procedure = useProcedure(procedureCode);
  const me = useQuery({ queryKey: ['citizen', 'me'], queryFn: () => call(citizenApi.me), retry: false });
  const { draft, error, unauthenticated, save, refresh } = useDraft(procedureCode, params.get('draft'));
  const [step, setStep] = useState<Step | null>(null);
  const [answers, setAnswers] = useState<Answers | null>(null);
  const [unit, setUnit] = useState<string>('');
  const [submitting, setSubmitting] = useState(false);
  const [result, setResult] = useState<Submitted | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const record = procedure.data;
  const steps: Step[] = [];
  if (draft && draft.units.length > 1) steps.push('unit');
  if (record && questionsFor(record, record.documents).length > 0) steps.push('questions');
  steps.push('form', 'papers', 'review');
  const current: Step = step ?? (draft && !draft.unit ? 'unit' : steps[0]!);

  useEffect(() => {
    if (step) heading.current?.focus();
  }, [step]);

  if (unauthenticated) {
    const back = `/cong-dan/nop/${procedureCode}`;
    return <Navigate to={`/cong-dan/dang-nhap?next=${encodeURIComponent(back)}`} replace />;
  }
  const go = (s: Step) => {
    setFailure(null);
    setStep(s);
  };
  const next = () => go(steps[steps.indexOf(current) + 1] ?? 'review');
  const saveThen = (body: Parameters<typeof save.mutate>[0]) =>
    save.mutate(body, { onSuccess: next, onError: (e) => setFailure(messageOf(e)) });

  async function submit() {
    if (!draft) return;
    setSubmitting(true);
    setFailure(null);
    try {
      setResult(await call(submissionApi.submit, { params: { id: draft.id } }));
      void queryClient.invalidateQueries({ queryKey: ['citizen'] });
    } catch (e) {
      setFailure(messageOf(e));
    } finally {
      setSubmitting(false);
    }
  }

  const title = record ? `Nộp trực tuyến: ${record.name}` : 'Nộp hồ sơ trực tuyến';
  return (
    <div className="wrap citizen-narrow wizard">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      {error && !unauthenticated ? (
        <div className="card track-alert" role="alert">
          {messageOf(error)}
        </div>
      ) : null}
      {result ? (
        <Done result={result} />
      ) : !draft || !record ? (
        !error && <p aria-live="polite">Đang tải…</p>
      ) : (
        <>
          <ol className="wizard-steps" aria-label="Các bước">
            {steps.map((s, i) => (
              <li key={s} aria-current={s === current ? 'step' : undefined}>
                {i + 1}. {TITLES[s]}
              </li>
            ))}
          </ol>
          <section aria-labelledby="step-title">
            <h2 id="step-title" ref={heading} tabIndex={-1}>
              Bước {steps.indexOf(current) + 1}/{steps.length}: {TITLES[current]}
            </h2>
            {failure && (
              <div className="card track-alert" role="alert">
                {failure}
              </div>
            )}
            {current === 'unit' && (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  saveThen({ unit: unit || draft.unit || '' });
                }}
              >
                <fieldset>
                  <legend>Cơ quan tiếp nhận hồ sơ</legend>
                  {draft.units.map((u) => (
                    <label key={u.agencyId} className="case-question-option">
                      <input
                        type="radio"
                        name="unit"
                        value={u.agencyId}
                        required
                        checked={(unit || draft.unit) === u.agencyId}
                        onChange={() => setUnit(u.agencyId)}
                      />
                      <span>{u.name}</span>
                    </label>
                  ))}
                </fieldset>
                <button type="submit" className="btn btn-primary" disabled={save.isPending}>
                  Tiếp tục
                </button>
              </form>
            )}
            {current === 'questions' && (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  saveThen({ answers: answers ?? draft.answers });
                }}
              >
                <CaseQuestions
                  record={record}
                  value={answers ?? draft.answers}
                  onChange={setAnswers}
                  idPrefix="wizard"
                  title="Trả lời để biết cần những giấy tờ nào"
                />
                <button type="submit" className="btn btn-primary" disabled={save.isPending}>
                  Tiếp tục
                </button>
              </form>
            )}
            {current === 'form' && (
              <FormStep
                draft={draft}
                defaultName={me.data?.fullName}
                onSave={saveThen}
                saving={save.isPending}
              />
            )}
            {current === 'papers' && <PapersStep draft={draft} onChange={() => refresh()} onNext={next} />}
            {current === 'review' && (
              <ReviewStep
                draft={draft}
                record={record}
                steps={steps}
                goTo={go}
                onSubmit={() => void submit()}
                submitting={submitting}
              />
            )}
          </section>
        </>
      )}
    </div>
  );
}

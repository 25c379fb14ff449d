/**
 * The form step: the procedure's declaration as its catalogue e-form (GET /api/procedures/{code}/declaration,
 * rendered by the shared EForm with the domain's validator, the case answers deciding conditional fields) and the
 * applicant's details. The server checks the same form again on saving and on submitting.
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { dossierApi } from '../../../../src/contracts/dossier-api.js';
import type { Draft, DraftSaveBody } from '../../../../src/contracts/citizen-submission.js';
import { call } from '../../shared/client.js';
import { prefillOf, withPrefill } from '../../../../src/domain/dossier/eform.js';
import { EForm, eformIssues } from '../../shared/eform/eform.js';
import { declarationEntries } from '../../desk/assisted.js';

export function FormStep({
  draft,
  defaultName,
  onSave,
  saving,
}: {
  draft: Draft;
  defaultName: string | undefined;
  onSave: (body: DraftSaveBody) => void;
  saving: boolean;
}) {
  const template = useQuery({
    queryKey: ['procedure', draft.procedure.code, 'declaration'],
    queryFn: () => call(dossierApi.declaration, { params: { code: draft.procedure.code } }),
  });
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries(draft.form.map((v) => [v.key, v.value])),
  );
  const [applicant, setApplicant] = useState({
    name: draft.applicant.name ?? defaultName ?? '',
    idNumber: draft.applicant.idNumber ?? '',
    address: draft.applicant.address ?? '',
  });
  if (!template.data) return <p aria-live="polite">Đang tải tờ khai…</p>;
  const t = template.data;
  const answers = draft.answers ?? {};
  // The applicant's details fill the declaration's fields that ask for them (a value typed there wins).
  const shown = withPrefill(t, values, prefillOf(applicant));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const found = eformIssues(t.fields, shown, answers);
    setIssues(found);
    if (Object.keys(found).length) {
      document.getElementById(`f-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    onSave({ form: declarationEntries(t.fields, shown, answers), applicant });
  };
  const text = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    opts: { required?: boolean; hint?: string } = {},
  ) => (
    <div className="wizard-field" key={id}>
      <label htmlFor={id}>
        {label}
        {opts.required && <span aria-hidden="true"> *</span>}
      </label>
      {opts.hint && (
        <span className="muted" id={`${id}-hint`}>
          {opts.hint}
        </span>
      )}
      <input
        id={id}
        value={value}
        required={opts.required}
        aria-describedby={opts.hint ? `${id}-hint` : undefined}
        onChange={(e) => set(e.target.value)}
      />
    </div>
  );
  return (
    <form onSubmit={submit} className="wizard-form">
      <fieldset>
        <legend>Người nộp hồ sơ</legend>
        {text('ap-name', 'Họ và tên', applicant.name, (v) => setApplicant({ ...applicant, name: v }), {
          required: true,
        })}
        {text('ap-id', 'Số căn cước (12 số)', applicant.idNumber, (v) =>
          setApplicant({ ...applicant, idNumber: v }),
        )}
        {text('ap-address', 'Địa chỉ', applicant.address, (v) => setApplicant({ ...applicant, address: v }))}
      </fieldset>
      <fieldset>
        <legend>{t.title}</legend>
        <EForm
          fields={t.fields}
          values={shown}
          onChange={setValues}
          answers={answers}
          issues={issues}
          idPrefix="f"
        />
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={saving}>
        Lưu và tiếp tục
      </button>
    </form>
  );
}

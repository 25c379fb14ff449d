/**
 * The form step: the procedure's declaration (from GET /api/procedures/{code}/declaration) and the applicant's
 * details. One component, so that the catalogue's e-form renderer can take its place.
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type { DeclarationTemplateOut } from '../../../../src/contracts/dossier.js';
import type { Draft, DraftSaveBody } from '../../../../src/contracts/citizen-submission.js';
import { api } from '../../shared/api.js';

type Template = Static<typeof DeclarationTemplateOut>;

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
    queryKey: ['declaration', draft.procedure.code],
    queryFn: () => api<Template>(`/api/procedures/${encodeURIComponent(draft.procedure.code)}/declaration`),
  });
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
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    onSave({
      form: t.fields.map((f) => ({ key: f.key, value: values[f.key] ?? '' })).filter((v) => v.value.trim()),
      applicant,
    });
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
        {t.fields.map((f) => {
          const id = `f-${f.key}`;
          const set = (v: string) => setValues({ ...values, [f.key]: v });
          if (f.kind === 'select') {
            return (
              <div className="wizard-field" key={f.key}>
                <label htmlFor={id}>
                  {f.label}
                  {f.required && <span aria-hidden="true"> *</span>}
                </label>
                <select
                  id={id}
                  value={values[f.key] ?? ''}
                  required={f.required}
                  onChange={(e) => set(e.target.value)}
                >
                  <option value="">— Chọn —</option>
                  {f.options?.map((o) => (
                    <option key={o} value={o}>
                      {o}
                    </option>
                  ))}
                </select>
              </div>
            );
          }
          return text(id, f.label, values[f.key] ?? '', set, {
            required: f.required,
            ...(f.kind === 'date' ? { hint: 'Ghi theo dạng ngày/tháng/năm, ví dụ 01/11/2026' } : {}),
          });
        })}
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={saving}>
        Lưu và tiếp tục
      </button>
    </form>
  );
}

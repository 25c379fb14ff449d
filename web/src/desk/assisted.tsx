/**
 * Assisted intake ("ngày không viết"): the officer fills the procedure's declaration for the citizen
 * (GET /api/procedures/{code}/declaration), reads everything back to them, and the citizen confirms by signature,
 * fingerprint or a one-time code sent to their phone (POST /api/dossiers/otp). The intake request then carries
 * `assisted: true`, the declaration as entered and the confirmation.
 */
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Radio,
  Space,
  Typography,
  type FormInstance,
} from 'antd';
import type { Answers } from '../../../src/domain/checklist/conditions.js';
import { nationalPhone, normalisePhone } from '../../../src/domain/contact/contact.js';
import { fieldApplicability } from '../../../src/domain/dossier/eform.js';
import { dossierApi } from '../../../src/contracts/dossier-api.js';
import type { IntakeBody } from '../../../src/contracts/dossier.js';
import type { DeclarationFormOut } from '../../../src/contracts/eform.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';
import { EForm, eformIssues, toFormFields } from '../shared/eform/eform.js';
import type { ApplicantForm } from './intake-fields.js';
import { formatDateTime } from './dossier-api.js';

/** A field of the version's e-form as the API gives it (GET /api/procedures/{code}/declaration). */
export type DeclarationField = DeclarationFormOut['fields'][number];

/** A declared value as sent: the server adds the label from the form and who entered it. */
export type DeclarationEntry = NonNullable<IntakeBody['declaration']>[number];

export type Confirmation = NonNullable<IntakeBody['confirmation']>;

/** The fields asked for these answers (those an answer rules out are left out), in the form's order. */
export const askedFields = (fields: readonly DeclarationField[], answers: Answers): DeclarationField[] =>
  fields.filter((f) => fieldApplicability(toFormFields([f])[0]!, answers) !== 'not_applicable');

/** The applicant's details entered on the intake form, by the name a field's `prefill` gives them. */
function useApplicantDetails(form: FormInstance<ApplicantForm>) {
  const watch = (name: keyof ApplicantForm) => Form.useWatch(name, form) as string | undefined;
  return {
    applicant_name: watch('name'),
    applicant_id_number: watch('idNumber'),
    applicant_address: watch('address'),
    applicant_phone: watch('phone'),
    applicant_email: watch('email'),
  };
}

function useDeclarationForm(code: string) {
  return useQuery({
    queryKey: ['procedure', code, 'declaration'],
    queryFn: () => call(dossierApi.declaration, { params: { code } }),
    retry: false,
    staleTime: 10 * 60_000,
  });
}

/** The values to send: those of the fields asked for these answers, trimmed, not empty. */
export function declarationEntries(
  fields: readonly DeclarationField[],
  values: Readonly<Record<string, string>>,
  answers: Answers,
): DeclarationEntry[] {
  return askedFields(fields, answers)
    .filter((f) => (values[f.key] ?? '').trim() !== '')
    .map((f) => ({ key: f.key, value: values[f.key]!.trim() }));
}

/** The declaration's e-form of the procedure, filled by the officer as the citizen dictates. */
export function AssistedDeclaration({
  procedureCode,
  values,
  onChange,
  onFields,
  answers,
  applicantForm,
  showIssues,
}: {
  procedureCode: string;
  values: Record<string, string>;
  onChange: (v: Record<string, string>) => void;
  onFields: (f: DeclarationField[]) => void;
  answers: Answers;
  applicantForm: FormInstance<ApplicantForm>;
  /** Show the validator's messages under the fields (once the officer has tried to go on). */
  showIssues: boolean;
}) {
  const template = useDeclarationForm(procedureCode);
  const fields = template.data?.fields;
  useEffect(() => onFields(fields ?? []), [fields, onFields]);
  const applicant = useApplicantDetails(applicantForm);
  // Fields that ask for the applicant's own details follow them while empty or untouched since (what the officer
  // typed there instead is kept).
  const copied = useRef<Record<string, string>>({});
  useEffect(() => {
    if (!fields) return;
    const filled = { ...values };
    let changed = false;
    for (const f of fields) {
      const v = f.prefill ? (applicant[f.prefill]?.trim() ?? '') : '';
      const current = (filled[f.key] ?? '').trim();
      if (!f.prefill || v === current || (current !== '' && current !== copied.current[f.key])) continue;
      filled[f.key] = v;
      copied.current[f.key] = v;
      changed = true;
    }
    if (changed) onChange(filled);
  }, [fields, ...Object.values(applicant)]);
  return (
    <Card
      title={<h2 className="desk-card-title">3. {template.data?.title ?? 'Tờ khai'} (cán bộ khai hộ)</h2>}
      className="intake-card"
    >
      {template.isPending && <Typography.Paragraph>Đang tải mẫu tờ khai…</Typography.Paragraph>}
      {template.isError && (
        <Alert
          type="warning"
          showIcon
          title="Chưa có mẫu tờ khai cho thủ tục này"
          description={template.error.message}
        />
      )}
      {fields && fields.length === 0 && (
        <Typography.Paragraph className="desk-muted">Thủ tục này không có tờ khai.</Typography.Paragraph>
      )}
      {fields && fields.length > 0 && (
        <EForm
          fields={fields}
          values={values}
          onChange={onChange}
          answers={answers}
          issues={showIssues ? eformIssues(fields, values, answers) : {}}
          idPrefix="decl"
        />
      )}
    </Card>
  );
}

interface ReadBackProps {
  procedureName: string;
  caseName: string | undefined;
  applicant: {
    kind: string;
    name: string;
    idNumber?: string;
    phone: string;
    address?: string;
    email?: string;
  };
  /** Other lines to read back (organisation, channel, fee), label and value. */
  more?: { label: string; value: string }[];
  fields: DeclarationField[];
  declaration: Record<string, string>;
  documents: { name: string; tick: { originals: number; copies: number; notApplicable: boolean } }[];
  busy: boolean;
  onBack: () => void;
  onConfirm: (c: Confirmation) => void;
}

const methods = [
  { value: 'signature', label: 'Ký tên' },
  { value: 'fingerprint', label: 'Điểm chỉ (vân tay)' },
  { value: 'otp', label: 'Mã xác nhận gửi tới điện thoại' },
] as const;

/** The read-back step: everything entered, read aloud to the citizen, and how they confirm it. */
export function ReadBack(p: ReadBackProps) {
  const [method, setMethod] = useState<Confirmation['method']>('signature');
  const [otp, setOtp] = useState<{ otpId: string; expiresAt: string } | null>(null);
  const [code, setCode] = useState('');
  const [sending, setSending] = useState(false);
  const [otpError, setOtpError] = useState<string | null>(null);
  const phone = normalisePhone(p.applicant.phone);

  const sendOtp = async () => {
    setSending(true);
    setOtpError(null);
    try {
      setOtp(await call(dossierApi.declarationOtp, { body: { phone: p.applicant.phone } }));
    } catch (e) {
      setOtpError(e instanceof ApiError ? e.message : 'Không gửi được mã xác nhận.');
    } finally {
      setSending(false);
    }
  };

  const confirm = () => {
    if (method === 'otp') {
      if (otp && code.trim()) p.onConfirm({ method: 'otp', otpId: otp.otpId, code: code.trim() });
    } else p.onConfirm({ method });
  };

  const docLine = (t: ReadBackProps['documents'][number]['tick']) =>
    t.notApplicable
      ? 'Không áp dụng'
      : t.originals + t.copies === 0
        ? 'Chưa nộp'
        : [t.originals ? `${t.originals} bản chính` : '', t.copies ? `${t.copies} bản sao` : '']
            .filter(Boolean)
            .join(', ');

  return (
    <Card
      title={<h2 className="desk-card-title">Đọc lại cho công dân</h2>}
      className="intake-card intake-readback"
    >
      <Typography.Paragraph>
        Cán bộ đọc lại toàn bộ nội dung đã khai hộ. Công dân nghe, kiểm tra và xác nhận nội dung là đúng.
      </Typography.Paragraph>
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          {
            key: 'proc',
            label: 'Thủ tục',
            children: p.procedureName + (p.caseName ? ` — ${p.caseName}` : ''),
          },
          {
            key: 'name',
            label: p.applicant.kind === 'organisation' ? 'Tên tổ chức' : 'Họ và tên',
            children: p.applicant.name,
          },
          { key: 'id', label: 'Số căn cước công dân', children: p.applicant.idNumber || '—' },
          {
            key: 'phone',
            label: 'Số điện thoại',
            children: phone ? nationalPhone(phone) : p.applicant.phone,
          },
          { key: 'address', label: 'Địa chỉ', children: p.applicant.address || '—' },
          ...(p.more ?? []).map((m) => ({ key: `m-${m.label}`, label: m.label, children: m.value })),
          ...p.fields.map((f) => ({
            key: `d-${f.key}`,
            label: f.label,
            children: p.declaration[f.key] || '—',
          })),
        ]}
      />
      <h3 className="intake-readback-sub">Giấy tờ đã nhận</h3>
      <ul className="intake-readback-docs">
        {p.documents.map((d) => (
          <li key={d.name}>
            {d.name}: <strong>{docLine(d.tick)}</strong>
          </li>
        ))}
      </ul>
      <h3 className="intake-readback-sub" id="confirm-method">
        Công dân xác nhận bằng
      </h3>
      <Radio.Group
        aria-labelledby="confirm-method"
        value={method}
        onChange={(e) => setMethod(e.target.value as Confirmation['method'])}
        options={methods.map((m) => ({ value: m.value, label: m.label }))}
        className="intake-methods"
      />
      {method === 'otp' && (
        <div className="intake-otp">
          <Button onClick={() => void sendOtp()} loading={sending} disabled={!phone}>
            {otp ? 'Gửi lại mã' : 'Gửi mã tới'} {phone ? nationalPhone(phone) : ''}
          </Button>
          {otp && (
            <Typography.Text className="desk-muted">
              Đã gửi mã; hiệu lực đến {formatDateTime(otp.expiresAt)}.
            </Typography.Text>
          )}
          {otpError && <Alert type="error" showIcon role="alert" title={otpError} />}
          <label className="intake-otp-code">
            <span>Mã xác nhận công dân đọc lại</span>
            <Input
              value={code}
              onChange={(e) => setCode(e.target.value)}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={10}
              disabled={!otp}
            />
          </label>
        </div>
      )}
      <Space wrap className="intake-submit">
        <Button onClick={p.onBack} disabled={p.busy}>
          Quay lại sửa
        </Button>
        <Button
          type="primary"
          size="large"
          loading={p.busy}
          disabled={method === 'otp' && !(otp && code.trim())}
          onClick={confirm}
        >
          Công dân đã xác nhận — tiếp nhận
        </Button>
      </Space>
    </Card>
  );
}

/**
 * /ban-lam-viec/tiep-nhan: a reception officer receives a dossier at the desk. Find the procedure (the public
 * catalogue search), pick the case, enter the applicant (CCCD and phone checked with the server's own rules), tick
 * the documents brought (originals / copies, or "không áp dụng"), the channel. The server decides the outcome —
 * exactly one of a receipt, a supplement request listing everything missing, or a refusal — and the page shows it
 * with the dossier code, the due date and the form to print.
 *
 * Assisted mode ("ngày không viết"): the officer fills the declaration for the citizen, reads it back to them, and
 * the citizen confirms by signature, fingerprint or a one-time code sent to their phone (assisted.tsx).
 */
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Form, Input, Radio, Select, Space, Switch, Typography } from 'antd';
import { formatFees, sortedChannels } from '../../../src/domain/checklist/checklist.js';
import { dossierApi } from '../../../src/contracts/dossier-api.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';
import { fetchProcedure } from '../shared/catalogue.js';
import {
  askedFields,
  AssistedDeclaration,
  declarationEntries,
  ReadBack,
  type Confirmation,
  type DeclarationField,
} from './assisted.js';
import { eformIssues } from '../shared/eform/eform.js';
import { type IntakeResult } from './dossier-api.js';
import { answersInWords, applicability, type Answers } from '../../../src/domain/checklist/conditions.js';
import { CaseQuestions } from '../shared/case-questions.js';
import { applicantFromPrefill, PrefillBanner, RuledOut, useIntakePrefill } from './intake-journey.js';
import { intakeBody } from './intake-body.js';
import { ApplicantCard, FeeFields, readBackMore, type ApplicantForm } from './intake-fields.js';
import { Outcome, uploadScans, type ScanReport } from './intake-outcome.js';
import { DocumentRow, documentsOf, emptyTick, ProcedurePicker, type Tick } from './intake-parts.js';
import { DayModesNote, SameDayNotice, useTodaysDayModes } from './intake-day.js';

export default function IntakePage() {
  const [form] = Form.useForm<ApplicantForm>();
  const [procedureCode, setProcedureCode] = useState<string>();
  const [caseName, setCaseName] = useState<string>();
  const [ticks, setTicks] = useState<Record<number, Tick>>({});
  /** Scans picked per document, attached once the dossier exists (it has no code before the outcome). */
  const [scans, setScans] = useState<Record<number, File[]>>({});
  const [scanReport, setScanReport] = useState<ScanReport | null>(null);
  const day = useTodaysDayModes();
  const { today: dayModes, settled: dayModesSettled } = day;
  // On the unit's no-writing day the desk opens in assisted mode; the officer's own choice wins.
  const [assistedChoice, setAssisted] = useState<boolean | null>(null);
  const assisted = assistedChoice ?? dayModes?.noWriting ?? false;
  const [declaration, setDeclaration] = useState<Record<string, string>>({});
  const [declarationFields, setDeclarationFields] = useState<DeclarationField[]>([]);
  const [declarationChecked, setDeclarationChecked] = useState(false);
  const [step, setStep] = useState<'form' | 'readback'>('form');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<IntakeResult | null>(null);
  /** One key per dossier being entered: a second click or a retry after a lost answer cannot create two. */
  const [idempotencyKey, setKey] = useState(() => crypto.randomUUID());
  const watchedChannel = Form.useWatch('channel', form);
  const procedure = useQuery({
    queryKey: ['procedure', procedureCode],
    queryFn: () => fetchProcedure(procedureCode ?? ''),
    enabled: Boolean(procedureCode),
  });
  const record = procedureCode ? procedure.data : undefined;
  const [answers, setAnswers] = useState<Answers>({});
  const caseDocs = useMemo(() => documentsOf(record, caseName), [record, caseName]);
  // The documents compared at the desk are those the answers do not rule out.
  const docs = caseDocs.filter(({ doc }) => applicability(doc, answers) !== 'not_applicable');
  const ruledOut = caseDocs.filter(({ doc }) => applicability(doc, answers) === 'not_applicable');
  const journey = useIntakePrefill((p) => {
    if (p.procedure) pickProcedure(p.procedure.code);
    setAnswers(p.answers);
    form.setFieldsValue(applicantFromPrefill(p));
  });

  useEffect(() => {
    document.title = 'Tiếp nhận hồ sơ — Một cửa điện tử';
  }, []);

  // The fee the procedure states for the channel, as a starting point the officer may change.
  const feeTotal = useMemo(() => {
    if (!record) return undefined;
    const ch = record.channels.find((c) => c.kind === (watchedChannel ?? 'desk')) ?? record.channels[0];
    return (ch?.fees ?? []).reduce((sum, f) => sum + f.amount, 0);
  }, [record, watchedChannel]);
  useEffect(() => {
    if (feeTotal === undefined) return;
    form.setFieldsValue({ feeAmount: feeTotal, feeTiming: feeTotal === 0 ? 'exempt' : 'before' });
  }, [feeTotal, form]);

  const pickProcedure = (code: string | undefined) => {
    setProcedureCode(code);
    setCaseName(undefined);
    setTicks({});
    setScans({});
    setDeclaration({});
    setDeclarationChecked(false);
    setAnswers({});
    setError(null);
  };

  const reset = () => {
    form.resetFields();
    pickProcedure(undefined);
    journey.clear();
    setResult(null);
    setScanReport(null);
    setStep('form');
    setKey(crypto.randomUUID());
  };

  const send = async (confirmation?: Confirmation) => {
    const values = form.getFieldsValue(true) as ApplicantForm;
    setBusy(true);
    setError(null);
    try {
      const body = intakeBody({
        values,
        procedureCode,
        caseName,
        documents: docs,
        ticks,
        answers,
        ...(assisted && confirmation
          ? {
              assisted: {
                declaration: declarationEntries(declarationFields, declaration, answers),
                confirmation,
              },
            }
          : {}),
        prefill: journey.prefill,
        idempotencyKey,
      });
      const r = await call(dossierApi.intake, { body });
      setResult(r);
      window.scrollTo({ top: 0 });
      const files = Object.entries(scans).flatMap(([position, list]) =>
        list.map((file) => ({ position: Number(position), file })),
      );
      if (files.length) setScanReport(await uploadScans(r.dossier.code, files));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ.'));
    } finally {
      setBusy(false);
    }
  };

  const onFinish = () => {
    if (assisted) {
      const issues = eformIssues(declarationFields, declaration, answers);
      setDeclarationChecked(true);
      if (Object.keys(issues).length) {
        const fields = Object.entries(issues).map(([field, message]) => ({ field, message }));
        setError(new ApiError(400, 'DECLARATION_INCOMPLETE', 'Tờ khai còn thiếu thông tin.', fields));
        return;
      }
      setError(null);
      setStep('readback');
      window.scrollTo({ top: 0 });
    } else void send();
  };

  if (result) {
    return (
      <>
        <div className="staff-page-head">
          <Typography.Title level={1}>Tiếp nhận hồ sơ</Typography.Title>
        </div>
        <Outcome result={result} onNew={reset} scans={scanReport} />
      </>
    );
  }

  const values = form.getFieldsValue(true) as ApplicantForm;
  const channel = record
    ? sortedChannels(record.channels).find((c) => c.kind === (watchedChannel ?? 'desk'))
    : undefined;

  return (
    <>
      <div className="staff-page-head">
        <Typography.Title level={1}>Tiếp nhận hồ sơ</Typography.Title>
        {dayModesSettled && (
          <label className="intake-assisted-switch">
            <Switch checked={assisted} onChange={setAssisted} disabled={step === 'readback'} />
            <span>Ngày không viết — cán bộ khai hộ công dân</span>
          </label>
        )}
        <DayModesNote today={dayModes} />
      </div>
      {step === 'form' && (
        <PrefillBanner prefill={journey.prefill} error={journey.error} onAsk={(r) => void journey.ask(r)} />
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="staff-banner"
          title={error.message}
          description={
            error.fields?.length ? (
              <ul>
                {error.fields.map((f) => (
                  <li key={f.field}>{f.message}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      {step === 'readback' && record && (
        <ReadBack
          procedureName={record.name}
          caseName={caseName}
          applicant={values}
          more={readBackMore(values, answersInWords(record, answers))}
          fields={askedFields(declarationFields, answers)}
          declaration={declaration}
          documents={docs.map(({ doc, index }) => ({ name: doc.name, tick: ticks[index] ?? emptyTick }))}
          busy={busy}
          onBack={() => setStep('form')}
          onConfirm={(c) => void send(c)}
        />
      )}
      <Form<ApplicantForm>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'person', channel: 'desk', refuse: false, feeTiming: 'before' }}
        onFinish={onFinish}
        disabled={busy}
        className="intake-form"
        hidden={step === 'readback'}
        scrollToFirstError
      >
        <Card title={<h2 className="desk-card-title">1. Thủ tục</h2>} className="intake-card">
          <Form.Item label="Thủ tục hành chính" htmlFor="intake-procedure" required>
            <ProcedurePicker value={procedureCode} onChange={pickProcedure} chosen={record} />
          </Form.Item>
          <SameDayNotice procedure={record} day={day} />
          {procedure.isError && procedureCode && (
            <Alert type="error" showIcon title={procedure.error.message} role="alert" />
          )}
          {record && record.cases.length > 0 && (
            <Form.Item label="Trường hợp" htmlFor="intake-case">
              <Select
                id="intake-case"
                allowClear
                value={caseName}
                onChange={(v: string | undefined) => {
                  setCaseName(v);
                  setTicks({});
                }}
                placeholder="Trường hợp thông thường"
                options={record.cases.map((c) => ({ value: c, label: c }))}
              />
            </Form.Item>
          )}
          {record && (
            <Typography.Paragraph className="desk-muted intake-fee">
              Phí, lệ phí theo thủ tục ({channel?.kind === 'post' ? 'nộp qua bưu chính' : 'nộp trực tiếp'}):{' '}
              {channel ? formatFees(channel.fees).replace(/\n/g, '; ') : '—'}
            </Typography.Paragraph>
          )}
          {record && <FeeFields />}
        </Card>

        <ApplicantCard />

        {assisted && procedureCode && (
          <AssistedDeclaration
            procedureCode={procedureCode}
            values={declaration}
            onChange={(v) => {
              setDeclaration(v);
              if (error?.code === 'DECLARATION_INCOMPLETE') setError(null);
            }}
            onFields={setDeclarationFields}
            answers={answers}
            applicantForm={form}
            showIssues={declarationChecked}
          />
        )}

        <Card
          title={<h2 className="desk-card-title">{assisted ? '4' : '3'}. Thành phần hồ sơ</h2>}
          className="intake-card"
        >
          {!record ? (
            <Typography.Paragraph className="desk-muted">
              Chọn thủ tục để hiện danh sách giấy tờ.
            </Typography.Paragraph>
          ) : (
            <>
              <CaseQuestions
                record={record}
                documents={caseDocs.map(({ doc }) => doc)}
                value={answers}
                onChange={setAnswers}
                idPrefix="intake-q"
              />
              <ul className="intake-docs" aria-label="Thành phần hồ sơ">
                {docs.map(({ doc, index }) => (
                  <DocumentRow
                    key={index}
                    doc={doc}
                    tick={ticks[index] ?? emptyTick}
                    onChange={(t) => setTicks((all) => ({ ...all, [index]: t }))}
                    scans={scans[index] ?? []}
                    onScans={(files) => setScans((all) => ({ ...all, [index]: files }))}
                  />
                ))}
              </ul>
              <RuledOut documents={ruledOut} />
            </>
          )}
        </Card>

        <Card
          title={<h2 className="desk-card-title">{assisted ? '5' : '4'}. Hình thức và ghi chú</h2>}
          className="intake-card"
        >
          <Form.Item name="channel" label="Hình thức nộp">
            <Radio.Group
              options={[
                { value: 'desk', label: 'Trực tiếp tại bộ phận một cửa' },
                { value: 'post', label: 'Qua dịch vụ bưu chính' },
              ]}
            />
          </Form.Item>
          <Form.Item name="note" label="Ghi chú">
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
          <Form.Item name="refuse" valuePropName="checked">
            <Checkbox>Từ chối tiếp nhận (hồ sơ không thuộc thẩm quyền hoặc không đủ điều kiện)</Checkbox>
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a: ApplicantForm, b: ApplicantForm) => a.refuse !== b.refuse}>
            {({ getFieldValue }) =>
              getFieldValue('refuse') ? (
                <Form.Item
                  name="refusalReason"
                  label="Lý do từ chối"
                  rules={[{ required: true, whitespace: true, message: 'Cần ghi rõ lý do từ chối.' }]}
                >
                  <Input.TextArea rows={2} maxLength={1000} />
                </Form.Item>
              ) : null
            }
          </Form.Item>
        </Card>

        <Space wrap className="intake-submit">
          <Button type="primary" htmlType="submit" size="large" loading={busy} disabled={!record}>
            {assisted ? 'Tiếp tục: đọc lại cho công dân' : 'Tiếp nhận'}
          </Button>
          <Typography.Text className="desk-muted">
            Hệ thống tự xác định kết quả: tiếp nhận, yêu cầu bổ sung hoặc từ chối.
          </Typography.Text>
        </Space>
      </Form>
    </>
  );
}

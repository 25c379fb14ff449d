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
import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import { FilePdfOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import type { RequiredDocument } from '../../../src/domain/catalogue/record.js';
import {
  countsInWords,
  formatFees,
  formatMoney,
  sortedChannels,
} from '../../../src/domain/checklist/checklist.js';
import { api, ApiError } from '../shared/api.js';
import { useCurrentStaff } from '../shared/auth.js';
import { useProcedures, type ProcedureDetail } from '../shared/catalogue.js';
import {
  AssistedDeclaration,
  ReadBack,
  type Confirmation,
  type DeclarationEntry,
  type DeclarationField,
} from './assisted.js';
import { formatDateTime, type IntakeResult } from './dossier-api.js';
import { formNames, formPath, type FormName } from './forms.js';
import { cccdRule, phoneRule, taxCodeRule } from './validation.js';

const DESK = '/ban-lam-viec';

interface ApplicantForm {
  kind: 'person' | 'organisation';
  orgName?: string;
  orgTaxCode?: string;
  orgAddress?: string;
  feeTiming: 'before' | 'after' | 'exempt';
  feeAmount?: number | null;
  feeNote?: string;
  name: string;
  idNumber?: string;
  phone: string;
  address?: string;
  email?: string;
  channel: 'desk' | 'post';
  note?: string;
  refuse: boolean;
  refusalReason?: string;
}

interface Tick {
  originals: number;
  copies: number;
  notApplicable: boolean;
}

function ProcedurePicker({
  value,
  onChange,
}: {
  value?: string;
  onChange: (code: string | undefined) => void;
}) {
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setDebounced(q.trim()), 250);
    return () => clearTimeout(t);
  }, [q]);
  const list = useProcedures({ q: debounced, limit: 20, offset: 0 }, debounced.length > 0);
  const options = (list.data?.items ?? []).map((p) => ({
    value: p.code,
    label: `${p.name} (${p.code})`,
  }));
  return (
    <Select
      id="intake-procedure"
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value}
      onChange={(v: string | undefined) => onChange(v)}
      placeholder="Gõ tên thủ tục, ví dụ: khai sinh"
      notFoundContent={debounced ? (list.isFetching ? 'Đang tìm…' : 'Không tìm thấy thủ tục') : null}
      options={options}
      loading={list.isFetching}
      style={{ width: '100%' }}
      size="large"
      aria-label="Thủ tục hành chính"
    />
  );
}

function DocumentRow({
  doc,
  tick,
  onChange,
  scans,
  onScans,
}: {
  doc: RequiredDocument;
  tick: Tick;
  onChange: (t: Tick) => void;
  scans: readonly File[];
  onScans: (files: File[]) => void;
}) {
  const short = doc.name.length > 60 ? doc.name.slice(0, 60) + '…' : doc.name;
  const enough = tick.originals >= doc.originals && tick.copies >= doc.copies;
  return (
    <li className="intake-doc">
      <div className="intake-doc-name">
        {doc.name}
        <div className="desk-muted">
          {doc.kind === 'present' ? 'Xuất trình' : 'Nộp'}: {countsInWords(doc)}
        </div>
      </div>
      <div className="intake-doc-counts">
        <label>
          <span>Bản chính</span>
          <InputNumber
            min={0}
            max={50}
            value={tick.originals}
            disabled={tick.notApplicable}
            onChange={(v) => onChange({ ...tick, originals: v ?? 0 })}
            aria-label={`Số bản chính: ${short}`}
          />
        </label>
        <label>
          <span>Bản sao</span>
          <InputNumber
            min={0}
            max={50}
            value={tick.copies}
            disabled={tick.notApplicable}
            onChange={(v) => onChange({ ...tick, copies: v ?? 0 })}
            aria-label={`Số bản sao: ${short}`}
          />
        </label>
        <Button
          size="small"
          disabled={tick.notApplicable || (enough && (doc.originals > 0 || doc.copies > 0))}
          onClick={() => onChange({ ...tick, originals: doc.originals, copies: doc.copies })}
          aria-label={`Đủ: ${short}`}
        >
          Đủ
        </Button>
        <Checkbox
          checked={tick.notApplicable}
          onChange={(e) => onChange({ originals: 0, copies: 0, notApplicable: e.target.checked })}
          aria-label={`Không áp dụng: ${short}`}
        >
          Không áp dụng
        </Checkbox>
        <label className="intake-scan">
          <PaperClipOutlined aria-hidden />
          <span>{scans.length ? `${scans.length} bản quét` : 'Bản quét'}</span>
          <input
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            multiple
            className="intake-scan-input"
            aria-label={`Đính kèm bản quét: ${short}`}
            onChange={(e) => {
              onScans([...scans, ...Array.from(e.target.files ?? [])]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
    </li>
  );
}

const outcomeTitle = {
  receipt: 'Đã tiếp nhận hồ sơ',
  supplement: 'Hồ sơ chưa đủ: yêu cầu bổ sung',
  refusal: 'Từ chối tiếp nhận hồ sơ',
} as const;
const outcomeForm = {
  receipt: 'receipt',
  supplement: 'supplement',
  refusal: 'refusal',
} as const satisfies Record<IntakeResult['outcome'], FormName>;

interface ScanReport {
  attached: number;
  failed: { name: string; message: string }[];
}

/** Attaches the scans picked at intake to the new dossier, one request per file; reports what failed. */
async function uploadScans(code: string, files: { position: number; file: File }[]): Promise<ScanReport> {
  const report: ScanReport = { attached: 0, failed: [] };
  for (const { position, file } of files) {
    const query = new URLSearchParams({ name: file.name, position: String(position) });
    try {
      await api(`/api/dossiers/${encodeURIComponent(code)}/attachments?${query.toString()}`, {
        method: 'POST',
        body: file,
      });
      report.attached += 1;
    } catch (e) {
      report.failed.push({ name: file.name, message: e instanceof ApiError ? e.message : 'Lỗi kết nối.' });
    }
  }
  return report;
}

function Outcome({
  result,
  onNew,
  scans,
}: {
  result: IntakeResult;
  onNew: () => void;
  scans: ScanReport | null;
}) {
  const navigate = useNavigate();
  const { dossier } = result;
  const form = outcomeForm[result.outcome];
  // Opened from the counter console for a queue ticket: link the dossier back to it.
  const ticket = new URLSearchParams(window.location.search).get('ticket');
  return (
    <Card>
      <Result
        status={
          result.outcome === 'receipt' ? 'success' : result.outcome === 'supplement' ? 'warning' : 'error'
        }
        title={<h2 className="intake-outcome-title">{outcomeTitle[result.outcome]}</h2>}
        subTitle={
          <span>
            Mã hồ sơ: <strong className="desk-code intake-code">{dossier.code}</strong>
          </span>
        }
        extra={[
          <Button
            key="pdf"
            type="primary"
            icon={<FilePdfOutlined />}
            href={formPath(dossier.code, form)}
            target="_blank"
            rel="noreferrer"
          >
            In {formNames[form].toLowerCase()}
          </Button>,
          <Button
            key="open"
            onClick={() => void navigate(`${DESK}/ho-so/${encodeURIComponent(dossier.code)}`)}
          >
            Mở hồ sơ
          </Button>,
          <Button key="new" icon={<PlusOutlined />} onClick={onNew}>
            Tiếp nhận hồ sơ khác
          </Button>,
          ...(ticket
            ? [
                <Button
                  key="ticket"
                  onClick={() => void navigate(`${DESK}/quay?dossier=${encodeURIComponent(dossier.code)}`)}
                >
                  Về quầy, gắn hồ sơ với số thứ tự
                </Button>,
              ]
            : []),
        ]}
      />
      <Descriptions
        column={{ xs: 1, md: 2 }}
        bordered
        size="small"
        items={[
          { key: 'proc', label: 'Thủ tục', children: dossier.procedure.name, span: 2 },
          { key: 'applicant', label: 'Người nộp', children: dossier.applicant.name },
          { key: 'status', label: 'Trạng thái', children: dossier.statusLabel },
          { key: 'received', label: 'Tiếp nhận lúc', children: formatDateTime(dossier.receivedAt) },
          {
            key: 'due',
            label: 'Hẹn trả kết quả',
            children: <strong className="intake-due">{formatDateTime(dossier.dueAt)}</strong>,
          },
        ]}
      />
      {scans && (
        <Alert
          className="intake-missing"
          type={scans.failed.length ? 'warning' : 'success'}
          showIcon
          title={`Đã đính kèm ${scans.attached} bản quét.`}
          description={
            scans.failed.length ? (
              <ul>
                {scans.failed.map((f) => (
                  <li key={f.name}>
                    {f.name}: {f.message}
                  </li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      {result.missing.length > 0 && (
        <Alert
          className="intake-missing"
          type="warning"
          showIcon
          title="Giấy tờ còn thiếu"
          description={
            <ul>
              {result.missing.map((m) => (
                <li key={m.index}>
                  {m.name} ({countsInWords({ ...m, kind: 'submit' })})
                </li>
              ))}
            </ul>
          }
        />
      )}
      {result.reasons.length > 0 && (
        <Alert
          className="intake-missing"
          type="error"
          showIcon
          title="Lý do từ chối"
          description={
            <ul>
              {result.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          }
        />
      )}
    </Card>
  );
}

const emptyTick: Tick = { originals: 0, copies: 0, notApplicable: false };

function documentsOf(record: ProcedureDetail | undefined, caseName: string | undefined) {
  if (!record) return [];
  return record.documents
    .map((doc, index) => ({ doc, index }))
    .filter(({ doc }) => !doc.case || doc.case === caseName);
}

/** Today's day modes at the officer's reception unit (no-writing day, same-day day). */
function useTodaysDayModes(): {
  today: { noWriting: boolean; sameDay: boolean } | undefined;
  /** Known, or not to be known: the assisted switch shows its final default only then. */
  settled: boolean;
} {
  const me = useCurrentStaff();
  const unitId = me.roles.find((r) => r.role === 'reception_officer')?.unitId;
  const agencyId = unitId === me.unit.id ? me.unit.agencyId : undefined;
  const q = useQuery({
    queryKey: ['day-modes', agencyId],
    queryFn: () =>
      api<{ today: { noWriting: boolean; sameDay: boolean } }>(
        `/api/units/${encodeURIComponent(agencyId!)}/day-modes`,
      ),
    enabled: agencyId !== undefined,
    staleTime: 10 * 60_000,
  });
  return { today: q.data?.today, settled: agencyId === undefined || !q.isPending };
}

export default function IntakePage() {
  const [form] = Form.useForm<ApplicantForm>();
  const [procedureCode, setProcedureCode] = useState<string>();
  const [caseName, setCaseName] = useState<string>();
  const [ticks, setTicks] = useState<Record<number, Tick>>({});
  /** Scans picked per document, attached once the dossier exists (it has no code before the outcome). */
  const [scans, setScans] = useState<Record<number, File[]>>({});
  const [scanReport, setScanReport] = useState<ScanReport | null>(null);
  const { today: dayModes, settled: dayModesSettled } = useTodaysDayModes();
  // On the unit's no-writing day the desk opens in assisted mode; the officer's own choice wins.
  const [assistedChoice, setAssisted] = useState<boolean | null>(null);
  const assisted = assistedChoice ?? dayModes?.noWriting ?? false;
  const [declaration, setDeclaration] = useState<Record<string, string>>({});
  const [declarationFields, setDeclarationFields] = useState<DeclarationField[]>([]);
  const [step, setStep] = useState<'form' | 'readback'>('form');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<IntakeResult | null>(null);
  /** One key per dossier being entered: a second click or a retry after a lost answer cannot create two. */
  const [idempotencyKey, setKey] = useState(() => crypto.randomUUID());
  const watchedChannel = Form.useWatch('channel', form);
  const procedure = useQuery({
    queryKey: ['procedure', procedureCode],
    queryFn: () => api<ProcedureDetail>(`/api/procedures/${encodeURIComponent(procedureCode ?? '')}`),
    enabled: Boolean(procedureCode),
  });
  const record = procedureCode ? procedure.data : undefined;
  const docs = useMemo(() => documentsOf(record, caseName), [record, caseName]);

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
    setError(null);
  };

  const reset = () => {
    form.resetFields();
    pickProcedure(undefined);
    setResult(null);
    setScanReport(null);
    setStep('form');
    setKey(crypto.randomUUID());
  };

  const body = (values: ApplicantForm, confirmation?: Confirmation) => {
    const entries: DeclarationEntry[] = declarationFields
      .filter((f) => (declaration[f.key] ?? '').trim() !== '')
      .map((f) => ({ key: f.key, value: declaration[f.key]!.trim() }));
    const org = values.kind === 'organisation';
    return {
      procedureCode,
      ...(caseName ? { caseName } : {}),
      channel: values.channel,
      applicant: {
        name: values.name.trim(),
        phone: values.phone.trim(),
        ...(values.idNumber?.trim() ? { idNumber: values.idNumber.trim() } : {}),
        ...(values.address?.trim() ? { address: values.address.trim() } : {}),
        ...(values.email?.trim() ? { email: values.email.trim() } : {}),
      },
      documents: docs
        .filter(({ index }) => !ticks[index]?.notApplicable)
        .map(({ index }) => ({
          index,
          originals: ticks[index]?.originals ?? 0,
          copies: ticks[index]?.copies ?? 0,
        }))
        .filter((t) => t.originals > 0 || t.copies > 0),
      notApplicable: docs.filter(({ index }) => ticks[index]?.notApplicable).map(({ index }) => index),
      ...(org && values.orgName?.trim()
        ? {
            organisation: {
              name: values.orgName.trim(),
              ...(values.orgTaxCode?.trim() ? { taxCode: values.orgTaxCode.trim() } : {}),
              ...(values.orgAddress?.trim() ? { address: values.orgAddress.trim() } : {}),
            },
          }
        : {}),
      fee: {
        timing: values.feeTiming,
        ...(values.feeTiming !== 'exempt' && values.feeAmount != null ? { amount: values.feeAmount } : {}),
        ...(values.feeNote?.trim() ? { note: values.feeNote.trim() } : {}),
      },
      ...(values.refuse && values.refusalReason?.trim()
        ? { refusalReasons: [values.refusalReason.trim()] }
        : {}),
      ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      ...(assisted && confirmation ? { assisted: true, declaration: entries, confirmation } : {}),
      idempotencyKey,
    };
  };

  const send = async (confirmation?: Confirmation) => {
    const values = form.getFieldsValue(true) as ApplicantForm;
    setBusy(true);
    setError(null);
    try {
      const r = await api<IntakeResult>('/api/dossiers', {
        method: 'POST',
        body: body(values, confirmation),
      });
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
      const missing = declarationFields.filter((f) => f.required && !(declaration[f.key] ?? '').trim());
      if (missing.length) {
        const fields = missing.map((f) => ({ field: f.key, message: `Cần nhập: ${f.label}.` }));
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
        {dayModes && (dayModes.noWriting || dayModes.sameDay) && (
          <p className="intake-day-modes" role="status">
            Hôm nay là{' '}
            {[dayModes.noWriting && 'ngày không viết', dayModes.sameDay && 'ngày không hẹn']
              .filter(Boolean)
              .join(' và ')}{' '}
            của đơn vị.
          </p>
        )}
      </div>
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
          more={[
            ...(values.kind === 'organisation' && values.orgName
              ? [
                  {
                    label: 'Tổ chức',
                    value: values.orgName + (values.orgTaxCode ? ` (MST ${values.orgTaxCode})` : ''),
                  },
                ]
              : []),
            {
              label: 'Hình thức nộp',
              value: values.channel === 'post' ? 'Qua dịch vụ bưu chính' : 'Trực tiếp tại bộ phận một cửa',
            },
            {
              label: 'Phí, lệ phí',
              value:
                values.feeTiming === 'exempt'
                  ? 'Miễn'
                  : `${formatMoney(values.feeAmount ?? 0)} — ${
                      values.feeTiming === 'after' ? 'nộp khi nhận kết quả' : 'nộp khi nộp hồ sơ'
                    }`,
            },
          ]}
          fields={declarationFields}
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
            <ProcedurePicker value={procedureCode} onChange={pickProcedure} />
          </Form.Item>
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
          {record && (
            <div className="intake-grid intake-fee-row">
              <Form.Item name="feeTiming" label="Thu phí, lệ phí">
                <Radio.Group
                  options={[
                    { value: 'before', label: 'Nộp khi nộp hồ sơ' },
                    { value: 'after', label: 'Nộp khi nhận kết quả' },
                    { value: 'exempt', label: 'Miễn' },
                  ]}
                />
              </Form.Item>
              <Form.Item
                noStyle
                shouldUpdate={(a: ApplicantForm, b: ApplicantForm) => a.feeTiming !== b.feeTiming}
              >
                {({ getFieldValue }) =>
                  getFieldValue('feeTiming') === 'exempt' ? (
                    <Form.Item name="feeNote" label="Căn cứ miễn">
                      <Input maxLength={500} />
                    </Form.Item>
                  ) : (
                    <Form.Item
                      name="feeAmount"
                      label="Số tiền (đồng)"
                      rules={[
                        {
                          validator: (_, v: number | null | undefined) =>
                            v && v > 0
                              ? Promise.resolve()
                              : Promise.reject(new Error('Cần số tiền phí, lệ phí (hoặc chọn "Miễn").')),
                        },
                      ]}
                    >
                      <InputNumber<number>
                        min={0}
                        max={1_000_000_000}
                        step={1000}
                        style={{ width: '100%' }}
                        formatter={(v) => String(v ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.')}
                        parser={(v) => Number((v ?? '').replace(/\D/g, '')) || 0}
                      />
                    </Form.Item>
                  )
                }
              </Form.Item>
            </div>
          )}
        </Card>

        <Card title={<h2 className="desk-card-title">2. Người nộp hồ sơ</h2>} className="intake-card">
          <Form.Item name="kind" label="Người nộp là">
            <Radio.Group
              optionType="button"
              options={[
                { value: 'person', label: 'Cá nhân' },
                { value: 'organisation', label: 'Tổ chức' },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a: ApplicantForm, b: ApplicantForm) => a.kind !== b.kind}>
            {({ getFieldValue }) => {
              const org = getFieldValue('kind') === 'organisation';
              return (
                <div className="intake-grid">
                  {org && (
                    <>
                      <Form.Item
                        name="orgName"
                        label="Tên tổ chức"
                        rules={[{ required: true, whitespace: true, message: 'Cần nhập tên tổ chức.' }]}
                      >
                        <Input autoComplete="off" maxLength={300} />
                      </Form.Item>
                      <Form.Item name="orgTaxCode" label="Mã số thuế" rules={[taxCodeRule]}>
                        <Input inputMode="numeric" autoComplete="off" maxLength={20} />
                      </Form.Item>
                      <Form.Item name="orgAddress" label="Địa chỉ trụ sở" className="intake-wide">
                        <Input autoComplete="off" maxLength={500} />
                      </Form.Item>
                    </>
                  )}
                  <Form.Item
                    name="name"
                    label={org ? 'Họ và tên người đại diện' : 'Họ và tên'}
                    rules={[{ required: true, whitespace: true, message: 'Cần nhập họ và tên.' }]}
                  >
                    <Input autoComplete="off" maxLength={200} />
                  </Form.Item>
                  <Form.Item
                    name="idNumber"
                    label={org ? 'Số CCCD người đại diện' : 'Số căn cước công dân'}
                    rules={[cccdRule]}
                  >
                    <Input inputMode="numeric" autoComplete="off" maxLength={15} />
                  </Form.Item>
                  <Form.Item
                    name="phone"
                    label="Số điện thoại di động"
                    rules={[{ required: true, message: 'Cần nhập số điện thoại.' }, phoneRule]}
                  >
                    <Input inputMode="tel" autoComplete="off" maxLength={20} />
                  </Form.Item>
                  <Form.Item
                    name="email"
                    label="Thư điện tử"
                    rules={[{ type: 'email', message: 'Địa chỉ thư không hợp lệ.' }]}
                  >
                    <Input inputMode="email" autoComplete="off" maxLength={200} />
                  </Form.Item>
                  <Form.Item name="address" label="Địa chỉ" className="intake-wide">
                    <Input autoComplete="off" maxLength={500} />
                  </Form.Item>
                </div>
              );
            }}
          </Form.Item>
        </Card>

        {assisted && procedureCode && (
          <AssistedDeclaration
            procedureCode={procedureCode}
            values={declaration}
            onChange={(v) => {
              setDeclaration(v);
              if (error?.code === 'DECLARATION_INCOMPLETE') setError(null);
            }}
            onFields={setDeclarationFields}
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

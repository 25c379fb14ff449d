/**
 * Nộp hồ sơ thay người dân (/diem-dich-vu): the helper picks a procedure the point's unit takes online, fills in the
 * applicant, asks the case questions as the citizen's wizard does (the papers listed follow the answers), ticks the
 * papers the citizen brought and photographs or scans them (papers-card.tsx), then the citizen consents — by reading out the code sent to
 * their phone, or by signing on this device — and the dossier goes to the unit as an online one.
 */
import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Radio, Result, Select, Space, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { servicePointApi } from '../../../src/contracts/service-points-api.js';
import type { OnBehalfBody } from '../../../src/contracts/service-points.js';
import { call } from '../shared/client.js';
import { catalogueApi } from '../../../src/contracts/catalogue-api.js';
import { useProcedure } from '../shared/catalogue.js';
import type { Answers } from '../../../src/domain/checklist/conditions.js';
import { CaseQuestions } from '../shared/case-questions.js';
import { neededPapers, PapersCard, type Scan } from './papers-card.js';
import { SignaturePad } from './signature-pad.js';

interface Applicant {
  name: string;
  phone: string;
  idNumber?: string;
}

let keyNo = 0;
const newKey = () => `sp-${Date.now()}-${++keyNo}`;

function ProcedureSelect({
  unit,
  value,
  onChange,
}: {
  unit: string;
  value?: string;
  onChange: (c?: string) => void;
}) {
  const [q, setQ] = useState('');
  const list = useQuery({
    queryKey: ['procedures', 'online', unit, q],
    queryFn: () => call(catalogueApi.search, { query: { q, unit, limit: 30 } }),
    enabled: q.trim().length > 0,
  });
  const options = (list.data?.items ?? [])
    .filter((p) => p.onlineLevel !== 'none')
    .map((p) => ({ value: p.code, label: p.name }));
  return (
    <Select
      id="sp-procedure"
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value}
      onChange={(v: string | undefined) => onChange(v)}
      options={options}
      placeholder="Gõ tên thủ tục để tìm"
      notFoundContent={q ? (list.isFetching ? 'Đang tìm…' : 'Không có thủ tục nộp trực tuyến phù hợp') : null}
      style={{ width: '100%' }}
      size="large"
      aria-label="Thủ tục hành chính (nộp trực tuyến)"
    />
  );
}

export function SubmitPage() {
  const point = useQuery({ queryKey: ['service-point', 'mine'], queryFn: () => call(servicePointApi.mine) });
  const [code, setCode] = useState<string>();
  const [caseName, setCaseName] = useState<string>();
  const [ticked, setTicked] = useState<number[]>([]);
  const [answers, setAnswers] = useState<Answers>({});
  const [scans, setScans] = useState<Scan[]>([]);
  const [method, setMethod] = useState<'otp' | 'signature'>('otp');
  const [otp, setOtp] = useState<{ otpId: string; phoneMasked: string }>();
  const [otpCode, setOtpCode] = useState('');
  const [png, setPng] = useState<string>();
  const [key, setKey] = useState(newKey);
  const [form] = Form.useForm<Applicant>();
  const procedure = useProcedure(code ?? '');
  const record = code ? procedure.data : undefined;
  useEffect(() => {
    document.title = 'Nộp hồ sơ thay người dân';
  }, []);
  useEffect(() => {
    setTicked([]);
    setScans([]);
    setAnswers({});
    setCaseName(undefined);
  }, [code]);
  const sendCode = useMutation({
    mutationFn: (phone: string) => call(servicePointApi.otp, { body: { phone } }),
    onSuccess: (sent) => setOtp(sent),
  });
  const submit = useMutation({
    mutationFn: (body: OnBehalfBody) => call(servicePointApi.submit, { body }),
  });
  const onSignature = useCallback((v: string | undefined) => setPng(v), []);

  const reset = () => {
    form.resetFields();
    setCode(undefined);
    setOtp(undefined);
    setOtpCode('');
    setPng(undefined);
    setScans([]);
    setAnswers({});
    setKey(newKey());
    submit.reset();
    sendCode.reset();
  };

  if (point.isError) return <Alert type="error" showIcon title={point.error.message} />;
  if (submit.data) {
    return (
      <Result
        status="success"
        title={`Đã nộp hồ sơ ${submit.data.code}`}
        subTitle={`${submit.data.procedure.name} – ${submit.data.statusLabel}. Đơn vị sẽ tiếp nhận như hồ sơ trực tuyến; người dân nhận tin nhắn khi hồ sơ được tiếp nhận.`}
        extra={
          <Button type="primary" onClick={reset}>
            Nộp hồ sơ khác
          </Button>
        }
      />
    );
  }

  const finish = (a: Applicant) => {
    if (!code) return;
    // Only the papers still asked for, after the last answers.
    const shown = new Set(neededPapers(record!, caseName, answers).map((p) => p.index));
    const files = scans
      .filter((s) => shown.has(s.position))
      .map((s) => ({ position: s.position, sha256: s.sha256, fileName: s.fileName }));
    submit.mutate({
      procedureCode: code,
      ...(caseName ? { caseName } : {}),
      applicant: { name: a.name, phone: a.phone, ...(a.idNumber ? { idNumber: a.idNumber } : {}) },
      ...(Object.keys(answers).length ? { answers } : {}),
      ...(files.length ? { files } : {}),
      documents: ticked
        .filter((index) => shown.has(index))
        .map((index) => {
          const d = record!.documents[index]!;
          return { index, originals: d.originals, copies: d.copies };
        }),
      idempotencyKey: key,
      consent:
        method === 'otp' ? { method, otpId: otp?.otpId ?? '', code: otpCode } : { method, png: png ?? '' },
    });
  };
  const ready = code && (method === 'otp' ? otp && /^[0-9]{6}$/.test(otpCode) : png);

  return (
    <div className="sp-form">
      <div className="staff-page-head">
        <Typography.Title level={1}>Nộp hồ sơ thay người dân</Typography.Title>
      </div>
      {point.data && (
        <p className="desk-muted">
          {point.data.point.name} · {point.data.unit.name}
        </p>
      )}
      <Form form={form} layout="vertical" onFinish={finish} requiredMark="optional">
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card title={<h2 className="unit-detail-title">1. Thủ tục</h2>} size="small">
            {point.data && (
              <ProcedureSelect unit={point.data.unit.agencyId} value={code} onChange={setCode} />
            )}
            {record && record.cases.length > 0 && (
              <Form.Item label="Trường hợp" style={{ marginTop: 12 }}>
                <Select
                  value={caseName}
                  onChange={setCaseName}
                  options={record.cases.map((c) => ({ value: c, label: c }))}
                  aria-label="Trường hợp"
                />
              </Form.Item>
            )}
            {record && (
              <CaseQuestions
                record={record}
                value={answers}
                onChange={setAnswers}
                idPrefix="sp-questions"
                title="Trường hợp của người dân (giấy tờ cần nộp theo câu trả lời)"
              />
            )}
          </Card>
          <Card title={<h2 className="unit-detail-title">2. Người nộp</h2>} size="small">
            <Form.Item name="name" label="Họ và tên" rules={[{ required: true, message: 'Nhập họ và tên.' }]}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="phone"
              label="Số điện thoại di động"
              rules={[{ required: true, message: 'Nhập số điện thoại di động.' }]}
            >
              <Input maxLength={30} inputMode="tel" autoComplete="off" />
            </Form.Item>
            <Form.Item name="idNumber" label="Số định danh cá nhân (CCCD)">
              <Input maxLength={20} inputMode="numeric" autoComplete="off" />
            </Form.Item>
          </Card>
          {record && (
            <Card title={<h2 className="unit-detail-title">3. Giấy tờ mang theo</h2>} size="small">
              <PapersCard
                record={record}
                caseName={caseName}
                answers={answers}
                ticked={ticked}
                onTick={setTicked}
                scans={scans}
                onScans={setScans}
              />
            </Card>
          )}
          <Card title={<h2 className="unit-detail-title">4. Người dân đồng ý nộp</h2>} size="small">
            <Radio.Group
              value={method}
              onChange={(e) => setMethod(e.target.value as 'otp' | 'signature')}
              options={[
                { value: 'otp', label: 'Mã xác nhận gửi tới điện thoại người dân' },
                { value: 'signature', label: 'Người dân ký trên máy này' },
              ]}
              aria-label="Cách người dân đồng ý"
            />
            <div style={{ marginTop: 12 }}>
              {method === 'otp' ? (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Button
                    loading={sendCode.isPending}
                    onClick={() => void form.validateFields(['phone']).then((a) => sendCode.mutate(a.phone))}
                  >
                    {otp ? 'Gửi lại mã' : 'Gửi mã tới điện thoại người dân'}
                  </Button>
                  {sendCode.isError && <Alert type="error" showIcon title={sendCode.error.message} />}
                  {otp && (
                    <>
                      <p role="status">
                        Đã gửi mã tới số {otp.phoneMasked}. Người dân đọc mã (6 chữ số) hoặc tự nhập vào đây.
                      </p>
                      <label htmlFor="sp-otp">Mã xác nhận</label>
                      <Input
                        id="sp-otp"
                        value={otpCode}
                        onChange={(e) => setOtpCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
                        inputMode="numeric"
                        autoComplete="one-time-code"
                        maxLength={6}
                        style={{ maxWidth: 200 }}
                      />
                    </>
                  )}
                </Space>
              ) : (
                <SignaturePad onChange={onSignature} />
              )}
            </div>
          </Card>
          {submit.isError && <Alert type="error" showIcon title={submit.error.message} />}
          <Button type="primary" size="large" htmlType="submit" disabled={!ready} loading={submit.isPending}>
            Nộp hồ sơ trực tuyến
          </Button>
        </Space>
      </Form>
    </div>
  );
}

/**
 * The specialist's answer to "what do I bring?": search the catalogue, choose the procedure and the caller's
 * case, read the checklist to them, send it by SMS or Zalo (with the link to the procedure page), and offer to book
 * an appointment on the portal's booking page.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Input, Radio, Select, Space, Spin } from 'antd';
import type { CallView } from '../../../../src/domain/hotline/views.js';
import {
  checklistGroups,
  countsInWords,
  documentKindNames,
} from '../../../../src/domain/checklist/checklist.js';
import { useProcedure, useProcedures } from '../../shared/catalogue.js';
import { CaseQuestions } from '../../shared/case-questions.js';
import {
  conditionInWords,
  formatAnswers,
  type Answers,
} from '../../../../src/domain/checklist/conditions.js';
import { ANSWERS_PARAM, recordForAnswers } from '../../../../src/domain/checklist/carried.js';
import { dateTime } from './format.js';
import { attemptKey, useSendChecklist, type ChecklistSent } from './hotline-api.js';

function Checklist({
  code,
  caseName,
  answers,
  onAnswers,
}: {
  code: string;
  caseName: string | undefined;
  answers: Answers;
  onAnswers: (a: Answers) => void;
}) {
  const procedure = useProcedure(code);
  if (procedure.isPending) return <Spin />;
  if (procedure.isError) return <Alert type="error" showIcon title={procedure.error.message} />;
  const groups = checklistGroups(recordForAnswers(procedure.data, answers), caseName);
  if (procedure.data.documents.length === 0) return <p>Thủ tục này không yêu cầu giấy tờ.</p>;
  return (
    <div className="hotline-checklist" data-testid="hotline-checklist">
      <CaseQuestions
        record={procedure.data}
        value={answers}
        onChange={onAnswers}
        idPrefix="hotline-q"
        title="Hỏi người gọi"
      />
      {groups.map((g) => (
        <div key={g.case ?? ''}>
          {groups.length > 1 && (
            <h4>{g.case === undefined ? 'Giấy tờ chung cho mọi trường hợp' : `Trường hợp: ${g.case}`}</h4>
          )}
          {(['submit', 'present'] as const).map((kind) =>
            g[kind].length === 0 ? null : (
              <div key={kind}>
                <h5>{documentKindNames[kind]}</h5>
                <ol>
                  {g[kind].map((d, i) => (
                    <li key={`${d.name}-${i}`}>
                      {d.name} <span className="desk-muted">({countsInWords(d)})</span>
                      {d.condition && answers[d.condition.question] === undefined && (
                        <span className="desk-muted"> — {conditionInWords(procedure.data, d)}</span>
                      )}
                    </li>
                  ))}
                </ol>
              </div>
            ),
          )}
        </div>
      ))}
    </div>
  );
}

function CasePicker(props: {
  code: string;
  value: string | undefined;
  onChange: (c: string | undefined) => void;
}) {
  const procedure = useProcedure(props.code);
  const cases = procedure.data?.cases ?? [];
  if (cases.length === 0) return null;
  return (
    <div className="hotline-form-row">
      <label htmlFor="hotline-case">Trường hợp của người gọi</label>
      <Select
        id="hotline-case"
        className="hotline-select"
        allowClear
        placeholder="Tất cả trường hợp"
        value={props.value}
        onChange={(v: string | undefined) => props.onChange(v)}
        options={cases.map((c) => ({ value: c, label: c }))}
      />
    </div>
  );
}

const channelNames: Record<string, string> = { sms: 'SMS', zalo: 'Zalo', email: 'thư điện tử' };

/** What became of the message: sent (by the channel the phone's preference chose), held for quiet hours, or not sent. */
function SentNotice({ result }: { result: ChecklistSent }) {
  if (!result.queued)
    return (
      <Alert
        type="warning"
        showIcon
        role="status"
        title="Số điện thoại này đã từ chối nhận tin nhắn: hãy đọc danh mục giấy tờ cho người gọi."
      />
    );
  const via = channelNames[result.channel ?? 'sms'] ?? result.channel;
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      title={
        result.heldUntil
          ? `Danh mục giấy tờ sẽ được gửi qua ${via} lúc ${dateTime(result.heldUntil)} (ngoài giờ gửi tin).`
          : `Đã gửi danh mục giấy tờ qua ${via}.`
      }
    />
  );
}

export function ChecklistPanel({ call }: { call: CallView }) {
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [code, setCode] = useState<string>();
  const [caseName, setCaseName] = useState<string>();
  const [answers, setAnswers] = useState<Answers>({});
  const [channel, setChannel] = useState<'sms' | 'zalo'>('sms');
  const results = useProcedures({ q: search, limit: 8, offset: 0 }, search.length > 1);
  const send = useSendChecklist();
  const answersText = formatAnswers(answers);
  // A new attempt (a new key) whenever what would be sent changes; a retry of the same request keeps it.
  const key = useMemo(() => attemptKey(), [code, caseName, channel, answersText]);
  const sent = send.isSuccess && send.variables.procedureCode === code;
  return (
    <Card size="small" title="Tra cứu thủ tục và gửi danh mục giấy tờ">
      <div className="hotline-form-row">
        <label htmlFor="hotline-search">Tìm thủ tục</label>
        <Input.Search
          id="hotline-search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(v) => setSearch(v.trim())}
          enterButton="Tìm"
          placeholder="Ví dụ: khai sinh"
          loading={results.isFetching}
        />
      </div>
      {results.isError && <Alert type="error" showIcon title={results.error.message} />}
      {results.data && results.data.items.length === 0 && <p>Không tìm thấy thủ tục phù hợp.</p>}
      {results.data && results.data.items.length > 0 && (
        <Radio.Group
          className="hotline-people"
          aria-label="Kết quả tìm thủ tục"
          value={code}
          onChange={(e) => {
            setCode(e.target.value as string);
            setCaseName(undefined);
            setAnswers({});
          }}
        >
          {results.data.items.map((p) => (
            <Radio key={p.code} value={p.code}>
              {p.name} <span className="desk-muted">({p.field.name})</span>
            </Radio>
          ))}
        </Radio.Group>
      )}
      {code && (
        <>
          <CasePicker code={code} value={caseName} onChange={setCaseName} />
          <Checklist code={code} caseName={caseName} answers={answers} onAnswers={setAnswers} />
          <Space wrap className="hotline-send">
            <Radio.Group
              optionType="button"
              aria-label="Gửi qua"
              value={channel}
              onChange={(e) => setChannel(e.target.value as 'sms' | 'zalo')}
              options={[
                { value: 'sms', label: 'SMS' },
                { value: 'zalo', label: 'Zalo' },
              ]}
            />
            <Button
              type="primary"
              loading={send.isPending}
              onClick={() =>
                send.mutate({
                  callId: call.id,
                  procedureCode: code,
                  channel,
                  key,
                  answers,
                  ...(caseName ? { caseName } : {}),
                })
              }
            >
              Gửi danh mục cho {call.phoneDisplay}
            </Button>
            <a
              href={`/dat-lich?thu-tuc=${encodeURIComponent(code)}${
                answersText ? `&${ANSWERS_PARAM}=${encodeURIComponent(answersText)}` : ''
              }`}
              target="_blank"
              rel="noreferrer"
              className="hotline-link"
            >
              Đặt lịch hẹn cho người gọi
            </a>
          </Space>
          {send.isError && <Alert type="error" showIcon title={send.error.message} />}
          {sent && <SentNotice result={send.data} />}
        </>
      )}
    </Card>
  );
}

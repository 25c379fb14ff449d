/**
 * The call log and the callbacks (/ban-lam-viec/cuoc-goi): search by phone (any form: 0912…, +84912…, with
 * spaces), filter by status and dates; each call with its legs (the operator's answer, each transfer with its
 * note). Callbacks with their due times, overdue marked, done with a note. Leaders and administrators read both
 * without the actions, and choose the unit when they may read more than one unit's hotline.
 */
import { useState } from 'react';
import { Alert, Empty, Grid, Input, Select, Spin, Table, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { formatCount } from '../../../../src/domain/format/format.js';
import {
  callOutcomeLabels,
  callStatuses,
  type CallLeg,
  type CallStatus,
  type CallView,
} from '../../../../src/domain/hotline/views.js';
import { DayInput } from '../../shared/day-input.js';
import { CallbacksList } from './callbacks-list.js';
import { callStatusLabels, callStatusTag, dateTime, duration, timeOf, vnDay } from './format.js';
import { useCalls, useFieldList } from './hotline-api.js';
import { ScrollRegion } from './scroll-region.js';
import { SentChecklists } from './sent-checklists.js';
import { useHotlineUnitChoice } from './unit-picker.js';
import './hotline.css';

function Legs(props: { legs: CallLeg[]; ringing: boolean; fieldName: (code: string | null) => string }) {
  const { legs, fieldName } = props;
  if (legs.length === 0)
    return <span className="desk-muted">{props.ringing ? 'Chưa ai nhấc máy' : 'Không ai nhấc máy'}</span>;
  return (
    <ol className="hotline-legs" data-testid="call-legs">
      {legs.map((l, i) => (
        <li key={`${l.extension}-${l.startedAt}-${i}`}>
          <span className="desk-nowrap">
            {timeOf(l.startedAt)}
            {l.endedAt ? `–${timeOf(l.endedAt)}` : ''}
          </span>{' '}
          máy lẻ {l.extension}
          {l.staffName ? ` · ${l.staffName}` : ''}
          {l.fieldCode ? ` · ${fieldName(l.fieldCode)}` : ''}
          {l.note && <span className="desk-muted"> — “{l.note}”</span>}
        </li>
      ))}
    </ol>
  );
}

/** On a phone: one card per call instead of a table wider than the screen. */
function CallCards(props: { calls: CallView[] | undefined; fieldName: (code: string | null) => string }) {
  if (!props.calls) return <Spin />;
  if (props.calls.length === 0) return <Empty description="Không có cuộc gọi nào." />;
  return (
    <ul className="desk-cards" aria-label="Danh sách cuộc gọi">
      {props.calls.map((c) => (
        <li key={c.id} className="hotline-call-card">
          <div className="desk-card-head">
            <span>
              <strong className="desk-nowrap">{c.phoneDisplay}</strong> {c.callerName ?? ''}
            </span>
            <Tag className={callStatusTag[c.status]}>{callStatusLabels[c.status]}</Tag>
          </div>
          <div className="desk-muted">
            {dateTime(c.startedAt)} · <span className="desk-code">{c.reference}</span>
            {c.waitSeconds !== null && ` · chờ ${duration(c.waitSeconds)}`}
          </div>
          <Legs legs={c.legs} ringing={c.status === 'ringing'} fieldName={props.fieldName} />
          {c.outcome && (
            <div>
              {callOutcomeLabels[c.outcome]}
              {c.outcomeNote && <span className="desk-muted"> — {c.outcomeNote}</span>}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

function CallLog({ unitId, ready }: { unitId: string | undefined; ready: boolean }) {
  const [phone, setPhone] = useState('');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<CallStatus>();
  const [from, setFrom] = useState(vnDay(-6));
  const [to, setTo] = useState(vnDay(0));
  const narrow = !Grid.useBreakpoint().md;
  const calls = useCalls(
    { phone: search, ...(status ? { status } : {}), from, to, ...(unitId ? { unitId } : {}) },
    { enabled: ready },
  );
  const fields = useFieldList();
  const fieldName = (code: string | null) =>
    code ? (fields.data?.find((f) => f.code === code)?.name ?? code) : '—';
  const columns: TableColumnsType<CallView> = [
    {
      title: 'Thời gian',
      dataIndex: 'startedAt',
      render: (v: string, c) => (
        <>
          <span className="desk-nowrap">{dateTime(v)}</span>
          <div className="desk-code">{c.reference}</div>
        </>
      ),
    },
    {
      title: 'Người gọi',
      dataIndex: 'phoneDisplay',
      render: (v: string, c) => (
        <>
          <span className="desk-nowrap">{v}</span>
          {c.callerName && <div>{c.callerName}</div>}
        </>
      ),
    },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      render: (s: CallStatus, c) => (
        <>
          <Tag className={callStatusTag[s]}>{callStatusLabels[s]}</Tag>
          {c.waitSeconds !== null && (
            <div className="desk-muted desk-nowrap">Chờ {duration(c.waitSeconds)}</div>
          )}
        </>
      ),
    },
    {
      title: 'Các chặng',
      dataIndex: 'legs',
      render: (legs: CallLeg[], c: CallView) => (
        <Legs legs={legs} ringing={c.status === 'ringing'} fieldName={fieldName} />
      ),
    },
    {
      title: 'Kết quả',
      dataIndex: 'outcome',
      render: (o: CallView['outcome'], c) => (
        <>
          {o ? callOutcomeLabels[o] : '—'}
          {c.outcomeNote && <div className="desk-muted">{c.outcomeNote}</div>}
          <SentChecklists codes={c.checklistsSent} />
        </>
      ),
    },
  ];
  return (
    <>
      <div role="search" className="staff-filters" aria-label="Tìm cuộc gọi">
        <Input.Search
          aria-label="Số điện thoại người gọi"
          placeholder="Số điện thoại (0912…, +84912…)"
          value={phone}
          allowClear
          onChange={(e) => {
            setPhone(e.target.value);
            if (!e.target.value) setSearch('');
          }}
          onSearch={(v) => setSearch(v.trim())}
          enterButton="Tìm"
        />
        <Select
          aria-label="Trạng thái cuộc gọi"
          allowClear
          placeholder="Mọi trạng thái"
          value={status}
          onChange={(v: CallStatus | undefined) => setStatus(v)}
          options={callStatuses.map((s) => ({ value: s, label: callStatusLabels[s] }))}
        />
        <label className="hotline-date">
          Từ ngày <DayInput value={from} max={to} onChange={setFrom} />
        </label>
        <label className="hotline-date">
          Đến ngày <DayInput value={to} min={from} onChange={setTo} />
        </label>
      </div>
      {calls.isError && <Alert type="error" showIcon className="staff-banner" title={calls.error.message} />}
      {narrow ? (
        <CallCards calls={calls.data} fieldName={fieldName} />
      ) : (
        <ScrollRegion label="Danh sách cuộc gọi" minWidth={760}>
          <Table
            size="small"
            rowKey="id"
            loading={calls.isFetching}
            dataSource={calls.data ?? []}
            columns={columns}
            pagination={{ pageSize: 20, showTotal: (n) => formatCount(n, 'cuộc gọi') }}
            locale={{ emptyText: 'Không có cuộc gọi nào.' }}
          />
        </ScrollRegion>
      )}
    </>
  );
}

/** Operators and specialists work the callbacks; leaders and administrators read the log and the callbacks. */
export default function CallsPage() {
  const unit = useHotlineUnitChoice();
  const readOnly = !unit.canWork;
  return (
    <div className="staff-page hotline-page">
      <div className="staff-page-head">
        <Typography.Title level={1}>Cuộc gọi và gọi lại</Typography.Title>
        {unit.picker && <div className="desk-head-actions">{unit.picker}</div>}
      </div>
      <p data-testid="hotline-unit-name">
        {unit.unitName}
        {readOnly && (
          <span className="desk-muted">
            {' '}
            — chỉ xem: việc gọi lại do điện thoại viên và chuyên viên của đơn vị thực hiện.
          </span>
        )}
      </p>
      <Tabs
        items={[
          {
            key: 'log',
            label: 'Nhật ký cuộc gọi',
            children: <CallLog unitId={unit.unitId} ready={unit.ready} />,
          },
          {
            key: 'callbacks',
            label: 'Cần gọi lại',
            children: unit.ready ? <CallbacksList unitId={unit.unitId} readOnly={readOnly} /> : <Spin />,
          },
        ]}
      />
    </div>
  );
}

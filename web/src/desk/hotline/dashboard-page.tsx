/**
 * The hotline dashboard (/ban-lam-viec/thong-ke-tong-dai): calls per day and field, answer rate, average wait,
 * missed calls and their rate; first-visit success ("came once": the caller's next dossier received with no
 * supplement request and no refusal) beside people who did not call first, per field and per specialist.
 */
import { useState } from 'react';
import { Alert, Card, Spin, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { FirstVisitRate, HotlineStats } from '../../../../src/domain/hotline/views.js';
import { formatDate } from '../../../../src/domain/format/format.js';
import { DayInput } from '../../shared/day-input.js';
import { count, duration, percent, vnDay } from './format.js';
import { useFieldList, useHotlineStats } from './hotline-api.js';
import { ScrollRegion } from './scroll-region.js';
import { useHotlineUnitChoice } from './unit-picker.js';
import './hotline.css';

function Figure(props: { label: string; value: string; detail?: string; testId?: string }) {
  return (
    <div className="hotline-figure">
      <div className="hotline-figure-label">{props.label}</div>
      <div className="hotline-figure-value" data-testid={props.testId}>
        {props.value}
      </div>
      {props.detail && (
        <div className="hotline-figure-label" data-testid={props.testId && `${props.testId}-detail`}>
          {props.detail}
        </div>
      )}
    </div>
  );
}

const cameOnceOf = (r: FirstVisitRate) => `${count(r.cameOnce)}/${count(r.dossiers)} hồ sơ đi một lần`;

/** A bar 0–100 % wide, with the figure written beside it (the bar is decoration). */
function Bar({ value, max, text }: { value: number; max: number; text: string }) {
  const width = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div className="hotline-bar-cell">
      <span className="hotline-bar" style={{ width: `${width * 0.6}%` }} aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}

function rateColumns<T extends FirstVisitRate>(first: TableColumnsType<T>[number]): TableColumnsType<T> {
  return [
    first,
    { title: 'Hồ sơ', dataIndex: 'dossiers', render: count },
    { title: 'Đi một lần', dataIndex: 'cameOnce', render: count },
    {
      title: 'Tỷ lệ',
      dataIndex: 'rate',
      render: (r: number | null) => <Bar value={r ?? 0} max={1} text={percent(r)} />,
    },
  ];
}

/** First-visit success of callers broken down by one key (field, specialist), in a card of its own. */
function RateCard<T extends FirstVisitRate>(props: {
  title: string;
  label: string;
  rowKey: keyof T & string;
  rows: T[];
  first: TableColumnsType<T>[number];
}) {
  return (
    <Card size="small" title={props.title} className="hotline-card">
      <ScrollRegion label={props.label} minWidth={360}>
        <Table
          size="small"
          pagination={false}
          rowKey={props.rowKey}
          dataSource={props.rows}
          locale={{ emptyText: 'Chưa có số liệu.' }}
          columns={rateColumns(props.first)}
        />
      </ScrollRegion>
    </Card>
  );
}

interface DayRow {
  date: string;
  calls: number;
  missed: number;
  byField: { fieldCode: string | null; calls: number }[];
}

function byDay(stats: HotlineStats): DayRow[] {
  const days = new Map<string, DayRow>();
  for (const r of stats.perDay) {
    const day = days.get(r.date) ?? { date: r.date, calls: 0, missed: 0, byField: [] };
    day.calls += r.calls;
    day.missed += r.missed;
    day.byField.push({ fieldCode: r.fieldCode, calls: r.calls });
    days.set(r.date, day);
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export default function DashboardPage() {
  const unit = useHotlineUnitChoice();
  const [from, setFrom] = useState(vnDay(-29));
  const [to, setTo] = useState(vnDay(0));
  const stats = useHotlineStats(unit.unitId ?? '', from, to, unit.ready);
  const fields = useFieldList();
  const fieldName = (code: string | null) =>
    code ? (fields.data?.find((f) => f.code === code)?.name ?? code) : 'Chưa chọn lĩnh vực';
  const s = stats.data;
  const days = s ? byDay(s) : [];
  const maxCalls = Math.max(1, ...days.map((d) => d.calls));
  const fv = s?.firstVisit;
  return (
    <div className="staff-page hotline-page">
      <div className="staff-page-head">
        <Typography.Title level={1}>Thống kê tổng đài</Typography.Title>
        <div className="desk-head-actions">
          {unit.picker}
          <label className="desk-nowrap">
            Từ ngày <DayInput value={from} max={to} onChange={setFrom} />
          </label>
          <label className="desk-nowrap">
            Đến ngày <DayInput value={to} min={from} onChange={setTo} />
          </label>
        </div>
      </div>
      <p data-testid="hotline-unit-name">{unit.unitName}</p>
      {stats.isError && <Alert type="error" showIcon className="staff-banner" title={stats.error.message} />}
      {stats.isPending && <Spin />}
      {s && fv && (
        <>
          <section className="hotline-figures" aria-label="Số liệu chính">
            <Figure label="Cuộc gọi" value={count(s.calls)} testId="stat-calls" />
            <Figure label="Tỷ lệ nghe máy" value={percent(s.answerRate)} testId="stat-answer-rate" />
            <Figure label="Chờ trung bình" value={duration(s.averageWaitSeconds)} />
            <Figure
              label="Gọi nhỡ"
              value={`${count(s.missed)} (${percent(s.missedRate)})`}
              testId="stat-missed"
            />
            <Figure
              label="Đi một lần — người đã gọi"
              value={percent(fv.callers.rate)}
              detail={cameOnceOf(fv.callers)}
              testId="stat-first-visit"
            />
            <Figure
              label="Đi một lần — người không gọi"
              value={percent(fv.nonCallers.rate)}
              detail={cameOnceOf(fv.nonCallers)}
              testId="stat-first-visit-others"
            />
          </section>
          <Card size="small" title="Cuộc gọi theo ngày" className="hotline-card">
            <ScrollRegion label="Cuộc gọi theo ngày" minWidth={560}>
              <Table
                size="small"
                pagination={false}
                rowKey="date"
                dataSource={days}
                locale={{ emptyText: 'Chưa có cuộc gọi trong khoảng này.' }}
                columns={[
                  { title: 'Ngày', dataIndex: 'date', render: (d: string) => formatDate(d) },
                  {
                    title: 'Cuộc gọi',
                    dataIndex: 'calls',
                    render: (n: number) => <Bar value={n} max={maxCalls} text={count(n)} />,
                  },
                  { title: 'Gọi nhỡ', dataIndex: 'missed', render: count },
                  {
                    title: 'Theo lĩnh vực',
                    dataIndex: 'byField',
                    render: (rows: DayRow['byField']) =>
                      rows.map((r) => `${fieldName(r.fieldCode)}: ${count(r.calls)}`).join('; '),
                  },
                ]}
              />
            </ScrollRegion>
          </Card>
          <Card
            size="small"
            title="Đi một lần là xong: người đã gọi tổng đài và người không gọi"
            className="hotline-card"
          >
            <ScrollRegion label="Đi một lần: người đã gọi và người không gọi" minWidth={360}>
              <Table
                size="small"
                pagination={false}
                rowKey="group"
                dataSource={[
                  { group: 'Người đã gọi tổng đài (trong 30 ngày trước khi nộp)', ...fv.callers },
                  { group: 'Người không gọi trước', ...fv.nonCallers },
                ]}
                columns={rateColumns<FirstVisitRate & { group: string }>({
                  title: 'Nhóm',
                  dataIndex: 'group',
                })}
              />
            </ScrollRegion>
          </Card>
          <RateCard
            title="Người đã gọi: theo lĩnh vực"
            label="Đi một lần theo lĩnh vực"
            rowKey="fieldCode"
            rows={fv.byField}
            first={{ title: 'Lĩnh vực', dataIndex: 'fieldName' }}
          />
          <RateCard
            title="Người đã gọi: theo chuyên viên tư vấn"
            label="Đi một lần theo chuyên viên"
            rowKey="staffId"
            rows={fv.bySpecialist}
            first={{ title: 'Chuyên viên', dataIndex: 'fullName' }}
          />
        </>
      )}
    </div>
  );
}

/**
 * Queue statistics of the officer's unit (/ban-lam-viec/thong-ke-quay): tickets, served, no-shows, waits (issue →
 * call) and service times at the median and the 90th percentile, by field, by day and by counter, for a range of
 * days (default: the last 7).
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import {
  formatCount,
  formatDate,
  formatMinutes,
  formatNumber,
  vietnamDay,
} from '../../../src/domain/format/format.js';
import { queueApi } from '../../../src/contracts/queue-api.js';
import type { QueueStats } from '../../../src/contracts/queue.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';
import { useCurrentStaff } from '../shared/auth.js';
import { DayInput } from '../shared/day-input.js';

type Summary = QueueStats['total'];

const number = (n: number) => formatNumber(n);
const minutes = (v: number | null) => formatMinutes(v);

function columns<T extends Summary>(first: TableColumnsType<T>[number]): TableColumnsType<T> {
  return [
    first,
    { title: 'Số phát', dataIndex: 'tickets', render: number },
    { title: 'Đã phục vụ', dataIndex: 'served', render: number },
    { title: 'Vắng mặt', dataIndex: 'noShows', render: number },
    { title: 'Chờ (trung vị)', dataIndex: 'waitP50', render: minutes },
    { title: 'Chờ (90%)', dataIndex: 'waitP90', render: minutes },
    { title: 'Phục vụ (trung vị)', dataIndex: 'serviceP50', render: minutes },
    { title: 'Phục vụ (90%)', dataIndex: 'serviceP90', render: minutes },
  ];
}

/** The totals broken down by one key (field, day, counter), in a card of their own. */
function Breakdown<T extends Summary>(props: {
  title: string;
  rowKey: keyof T & string;
  rows: T[];
  first: TableColumnsType<T>[number];
}) {
  return (
    <Card title={props.title} size="small" style={{ marginTop: 16 }}>
      <Table
        size="small"
        pagination={false}
        rowKey={props.rowKey}
        dataSource={props.rows}
        columns={columns(props.first)}
        scroll={{ x: true }}
      />
    </Card>
  );
}

export default function CounterStatsPage() {
  const staff = useCurrentStaff();
  const [from, setFrom] = useState(() => vietnamDay(-6));
  const [to, setTo] = useState(() => vietnamDay(0));
  const agencyId = staff.unit.agencyId;
  const stats = useQuery({
    queryKey: ['queue-stats', agencyId, from, to],
    queryFn: () => call(queueApi.stats, { params: { agencyId }, query: { from, to } }),
  });
  return (
    <div className="staff-page">
      <Typography.Title level={1} className="staff-title">
        Thống kê quầy phục vụ
      </Typography.Title>
      {stats.data && <p>{stats.data.unit.name}</p>}
      <Space wrap>
        <label>
          Từ ngày <DayInput value={from} max={to} onChange={setFrom} />
        </label>
        <label>
          Đến ngày <DayInput value={to} min={from} onChange={setTo} />
        </label>
      </Space>
      {stats.error instanceof ApiError && <Alert type="error" showIcon title={stats.error.message} />}
      {stats.data && (
        <>
          <p aria-live="polite" data-testid="queue-stats-total">
            Tổng cộng: <strong>{formatCount(stats.data.total.tickets, 'số')}</strong> đã phát,{' '}
            {formatNumber(stats.data.total.served)} đã phục vụ, {formatNumber(stats.data.total.noShows)} vắng
            mặt; chờ trung vị {formatMinutes(stats.data.total.waitP50)}, phục vụ trung vị{' '}
            {formatMinutes(stats.data.total.serviceP50)}.
          </p>
          <Breakdown
            title="Theo lĩnh vực"
            rowKey="fieldCode"
            rows={stats.data.byField}
            first={{ title: 'Lĩnh vực', dataIndex: 'fieldName' }}
          />
          <Breakdown
            title="Theo ngày"
            rowKey="day"
            rows={stats.data.byDay}
            first={{ title: 'Ngày', dataIndex: 'day', render: (d: string) => formatDate(d) }}
          />
          <Breakdown
            title="Theo quầy"
            rowKey="counterNumber"
            rows={stats.data.byCounter}
            first={{ title: 'Quầy', dataIndex: 'counterNumber' }}
          />
        </>
      )}
    </div>
  );
}

/**
 * Queue statistics of the officer's unit (/ban-lam-viec/thong-ke-quay): tickets, served, no-shows, waits (issue →
 * call) and service times at the median and the 90th percentile, by field, by day and by counter, for a range of
 * days (default: the last 7).
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Input, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { api, ApiError } from '../shared/api.js';
import { useCurrentStaff } from '../shared/auth.js';

interface Summary {
  tickets: number;
  served: number;
  noShows: number;
  waitP50: number | null;
  waitP90: number | null;
  serviceP50: number | null;
  serviceP90: number | null;
}
interface Stats {
  unit: { agencyId: string; name: string };
  total: Summary;
  byField: (Summary & { fieldCode: string; fieldName: string })[];
  byDay: (Summary & { day: string })[];
  byCounter: (Summary & { counterNumber: number })[];
}

const vnDay = (offset: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(Date.now() + offset * 86_400_000),
  );
const min = (v: number | null) => (v === null ? '—' : `${v} phút`);

function columns<T extends Summary>(first: TableColumnsType<T>[number]): TableColumnsType<T> {
  return [
    first,
    { title: 'Số phát', dataIndex: 'tickets' },
    { title: 'Đã phục vụ', dataIndex: 'served' },
    { title: 'Vắng mặt', dataIndex: 'noShows' },
    { title: 'Chờ (trung vị)', dataIndex: 'waitP50', render: min },
    { title: 'Chờ (90%)', dataIndex: 'waitP90', render: min },
    { title: 'Phục vụ (trung vị)', dataIndex: 'serviceP50', render: min },
    { title: 'Phục vụ (90%)', dataIndex: 'serviceP90', render: min },
  ];
}

export default function CounterStatsPage() {
  const staff = useCurrentStaff();
  const [from, setFrom] = useState(vnDay(-6));
  const [to, setTo] = useState(vnDay(0));
  const agencyId = staff.unit.agencyId;
  const stats = useQuery({
    queryKey: ['queue-stats', agencyId, from, to],
    queryFn: () => api<Stats>(`/api/queue/units/${encodeURIComponent(agencyId)}/stats?from=${from}&to=${to}`),
  });
  return (
    <div className="staff-page">
      <Typography.Title level={1} className="staff-title">
        Thống kê quầy phục vụ
      </Typography.Title>
      {stats.data && <p>{stats.data.unit.name}</p>}
      <Space wrap>
        <label>
          Từ ngày <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          Đến ngày <Input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </Space>
      {stats.error instanceof ApiError && <Alert type="error" showIcon title={stats.error.message} />}
      {stats.data && (
        <>
          <Card title="Theo lĩnh vực" size="small" style={{ marginTop: 16 }}>
            <Table
              size="small"
              pagination={false}
              rowKey="fieldCode"
              dataSource={stats.data.byField}
              columns={columns({ title: 'Lĩnh vực', dataIndex: 'fieldName' })}
              scroll={{ x: true }}
            />
          </Card>
          <Card title="Theo ngày" size="small" style={{ marginTop: 16 }}>
            <Table
              size="small"
              pagination={false}
              rowKey="day"
              dataSource={stats.data.byDay}
              columns={columns({ title: 'Ngày', dataIndex: 'day' })}
              scroll={{ x: true }}
            />
          </Card>
          <Card title="Theo quầy" size="small" style={{ marginTop: 16 }}>
            <Table
              size="small"
              pagination={false}
              rowKey="counterNumber"
              dataSource={stats.data.byCounter}
              columns={columns({ title: 'Quầy', dataIndex: 'counterNumber' })}
              scroll={{ x: true }}
            />
          </Card>
        </>
      )}
    </div>
  );
}

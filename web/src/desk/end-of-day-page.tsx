/**
 * The end-of-day list ("cuối ngày"): a unit's same-day dossiers received that day and not finished, and every
 * dossier due that day and not finished — what the desk and the leader look at before closing. The unit is the
 * person's own; the day defaults to today.
 */
import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Empty, Grid, Skeleton, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { formatCount, formatNumber, vietnamDay } from '../../../src/domain/format/format.js';
import { dayModesApi } from '../../../src/contracts/day-modes-api.js';
import { call, type Answer } from '../shared/client.js';
import { useCurrentStaff } from '../shared/auth.js';
import { DayPageHead } from './day-page-head.js';
import { formatDateTime, riskClass, riskLabels } from './dossier-api.js';
import { DossierCardList, dossierCodeColumn } from './dossier-cards.js';
import { LoadError } from './load-error.js';

type EndOfDayList = Answer<typeof dayModesApi.endOfDay>;
type EndOfDayItem = EndOfDayList['items'][number];

function Marks({ d }: { d: EndOfDayItem }) {
  return (
    <span className="desk-card-tags">
      {d.sameDay && <Tag className="risk-tag risk-today">Trả trong ngày</Tag>}
      <Tag className={riskClass[d.risk]}>{riskLabels[d.risk]}</Tag>
    </span>
  );
}

const columns: TableColumnsType<EndOfDayItem> = [
  dossierCodeColumn(),
  { title: 'Người nộp', key: 'applicant', render: (_, d) => d.applicant.name },
  { title: 'Thủ tục', key: 'procedure', render: (_, d) => d.procedure.name },
  { title: 'Trạng thái', dataIndex: 'statusLabel', key: 'status' },
  {
    title: 'Hạn trả kết quả',
    key: 'due',
    render: (_, d) => <span className="desk-nowrap">{formatDateTime(d.dueAt)}</span>,
  },
  { title: 'Ghi chú', key: 'marks', render: (_, d) => <Marks d={d} /> },
];

export default function EndOfDayPage() {
  const me = useCurrentStaff();
  const screens = Grid.useBreakpoint();
  const [date, setDate] = useState(() => vietnamDay());
  const unit = me.unit.agencyId;
  const list = useQuery({
    queryKey: ['dossiers', 'end-of-day', unit, date],
    queryFn: () => call(dayModesApi.endOfDay, { query: { unit, date } }),
    staleTime: 15_000,
  });

  useEffect(() => {
    document.title = 'Hồ sơ cuối ngày — Một cửa điện tử';
  }, []);

  const data = list.data;
  return (
    <>
      <DayPageHead title="Hồ sơ cuối ngày" date={date} onDate={setDate} query={list} />
      <Typography.Paragraph>
        Hồ sơ trả trong ngày (ngày không hẹn) còn chưa xong và hồ sơ đến hạn trong ngày chưa trả kết quả
        {data ? ` — ${data.unit.name}` : ''}.
      </Typography.Paragraph>
      <LoadError query={list} title="Không tải được danh sách" />
      {data && (
        <p aria-live="polite">
          {/* The two groups overlap (a same-day dossier is usually also due today): two sentences, not a sum. */}
          <strong>{formatNumber(data.counts.total)}</strong> hồ sơ chưa xong, trong đó{' '}
          {formatCount(data.counts.sameDay, 'hồ sơ')} trả trong ngày (ngày không hẹn). Đến hạn trong ngày:{' '}
          {formatCount(data.counts.dueToday, 'hồ sơ')}.
        </p>
      )}
      {list.isPending ? (
        <Skeleton active />
      ) : !data || data.items.length === 0 ? (
        <Empty description="Không còn hồ sơ nào chưa xong trong ngày." />
      ) : !screens.md ? (
        <DossierCardList
          items={data.items}
          marks={(d) => <Marks d={d} />}
          more={(d) => (
            <div className="desk-muted">
              {d.statusLabel} · Hạn: {formatDateTime(d.dueAt)}
            </div>
          )}
        />
      ) : (
        <Table<EndOfDayItem> rowKey="code" columns={columns} dataSource={data.items} pagination={false} />
      )}
    </>
  );
}

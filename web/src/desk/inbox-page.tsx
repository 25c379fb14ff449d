/**
 * The desk's home: the dossiers of the person's units, riskiest first, with counts per deadline risk as filter buttons
 * (overdue, due today, due soon, on track, no deadline). A table on a desk, a list of cards on a phone; a click
 * opens the dossier page.
 */
import { useEffect, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button, Empty, Grid, Radio, Skeleton, Table, Typography } from 'antd';
import { FormOutlined, ReloadOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { risks, type Risk } from '../../../src/domain/dossier/risk.js';
import { useCurrentStaff } from '../shared/auth.js';
import { formatDateTime, riskLabels, useInbox, type InboxItem } from './dossier-api.js';
import {
  DossierCards,
  applicantProcedureColumns,
  dossierCodeColumn,
  dossierPath,
  RiskTag,
} from './dossier-cards.js';
import { LoadError } from './load-error.js';

const DESK = '/ban-lam-viec';

type Filter = Risk | 'all';
const isFilter = (v: string | null): v is Filter =>
  v === 'all' || (risks as readonly string[]).includes(v ?? '');

/** The unit's own due time when it holds a task of the dossier (e.g. the Tax office's share), else the overall one. */
function Due({ d }: { d: InboxItem }) {
  if (d.taskDueAt) {
    return (
      <span>
        <span className="desk-nowrap">{formatDateTime(d.taskDueAt)}</span>
        <span className="desk-muted desk-due-note">
          Hạn của đơn vị; hạn trả kết quả {formatDateTime(d.dueAt)}
        </span>
      </span>
    );
  }
  return <span className="desk-nowrap">{formatDateTime(d.dueAt)}</span>;
}

const columns: TableColumnsType<InboxItem> = [
  dossierCodeColumn(),
  ...applicantProcedureColumns<InboxItem>(),
  { title: 'Trạng thái', dataIndex: 'statusLabel', key: 'status' },
  { title: 'Hạn xử lý', key: 'due', render: (_, d) => <Due d={d} /> },
  { title: 'Mức độ', key: 'risk', render: (_, d) => <RiskTag risk={d.risk} sameDay={d.sameDay} /> },
];

export default function InboxPage() {
  const me = useCurrentStaff();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const [params, setParams] = useSearchParams();
  const raw = params.get('loc');
  const filter: Filter = isFilter(raw) ? raw : 'all';
  const inbox = useInbox('all');
  const isReception = me.roles.some((r) => r.role === 'reception_officer');

  useEffect(() => {
    document.title = 'Hồ sơ cần xử lý — Một cửa điện tử';
  }, []);

  const items = useMemo(
    () => (inbox.data?.items ?? []).filter((i) => filter === 'all' || i.risk === filter),
    [inbox.data, filter],
  );
  const counts = inbox.data?.counts;
  const tabs = [
    { key: 'all', label: `Tất cả (${counts?.total ?? 0})` },
    ...risks.map((r) => ({ key: r, label: `${riskLabels[r]} (${counts?.[r] ?? 0})` })),
  ];

  return (
    <>
      <div className="staff-page-head">
        <Typography.Title level={1}>Hồ sơ cần xử lý</Typography.Title>
        <div className="desk-head-actions">
          <Button icon={<ReloadOutlined />} onClick={() => void inbox.refetch()} loading={inbox.isFetching}>
            Tải lại
          </Button>
          {isReception && (
            <Button type="primary" icon={<FormOutlined />} onClick={() => void navigate(`${DESK}/tiep-nhan`)}>
              Tiếp nhận hồ sơ
            </Button>
          )}
        </div>
      </div>
      <LoadError query={inbox} title="Không tải được danh sách hồ sơ" />
      <Radio.Group
        aria-label="Lọc theo hạn xử lý"
        optionType="button"
        value={filter}
        options={tabs.map((t) => ({ value: t.key, label: t.label }))}
        onChange={(e) => {
          const k = e.target.value as Filter;
          setParams(k === 'all' ? {} : { loc: k }, { replace: true });
        }}
        className="desk-filter"
      />
      {inbox.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description="Không có hồ sơ nào." />
      ) : isPhone ? (
        <DossierCards items={items} />
      ) : (
        <Table<InboxItem>
          rowKey="code"
          columns={columns}
          dataSource={items}
          pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          onRow={(d) => ({
            onClick: (e) => {
              if ((e.target as HTMLElement).closest('a')) return;
              void navigate(dossierPath(d.code));
            },
            className: 'desk-row',
          })}
        />
      )}
    </>
  );
}

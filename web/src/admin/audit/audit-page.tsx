/**
 * Nhật ký truy cập (/quan-tri/nhat-ky-truy-cap): who read or changed what, including staff reads of a person's
 * data (Decree 13/2023), filtered by staff member, person, dossier, action and period, with a CSV export
 * (GET /api/admin/audit, /api/admin/audit/export). Shown to holders of audit.read; the server limits the rows to
 * their units.
 */
import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Grid, Input, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { ColumnsType } from 'antd/es/table';
import { auditActionLabel, auditEntityLabel, auditActionLabels } from '../../../../src/domain/audit/view.js';
import { purposeLabel, vietnamTime } from '../../../../src/domain/audit/csv.js';
import { formatCount } from '../../../../src/domain/format/format.js';
import { auditApi, auditExportPath } from '../../../../src/contracts/audit-api.js';
import type { AuditQuery } from '../../../../src/contracts/audit.js';
import { call, routePath, type Answer } from '../../shared/client.js';
import './audit.css';

interface Filters {
  staff?: string;
  person?: string;
  dossierCode?: string;
  action?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

type AuditEntryView = Answer<typeof auditApi.page>['rows'][number];
/** The filters as the server takes them: the texts trimmed, those left empty and the paging out. */
type FilterQuery = Omit<AuditQuery, 'page' | 'pageSize'>;

function queryOf(f: Filters): FilterQuery {
  const q: FilterQuery = {};
  for (const key of ['staff', 'person', 'dossierCode', 'action'] as const) {
    const v = f[key]?.trim();
    if (v) q[key] = v;
  }
  const [from, to] = f.period ?? [];
  if (from) q.from = from.format('YYYY-MM-DD');
  if (to) q.to = to.format('YYYY-MM-DD');
  return q;
}

const subjectOf = (r: AuditEntryView) =>
  [r.subjectName, r.subjectPhone].filter(Boolean).join(' · ') || (r.entity === 'dossier' ? '' : '—');

const objectOf = (r: AuditEntryView) => r.entityId ?? auditEntityLabel(r.entity);

const columns: ColumnsType<AuditEntryView> = [
  { title: 'Thời điểm', dataIndex: 'at', width: 150, render: (at: string) => vietnamTime(at) },
  {
    title: 'Cán bộ',
    dataIndex: 'actorName',
    width: 170,
    render: (name: string | null) => name ?? 'Hệ thống',
  },
  { title: 'Đơn vị', dataIndex: 'unitName', width: 180, render: (n: string | null) => n ?? '' },
  {
    title: 'Thao tác',
    dataIndex: 'action',
    width: 190,
    render: (action: string) => auditActionLabel(action),
  },
  {
    title: 'Đối tượng',
    key: 'entity',
    width: 200,
    render: (_: unknown, r) => objectOf(r),
  },
  { title: 'Người có dữ liệu', key: 'subject', width: 170, render: (_: unknown, r) => subjectOf(r) },
  {
    title: 'Mục đích',
    dataIndex: 'purpose',
    width: 170,
    render: (p: string | null) => purposeLabel(p),
  },
];

const stackedColumns: ColumnsType<AuditEntryView> = [
  {
    title: 'Nhật ký',
    key: 'entry',
    render: (_: unknown, r) => (
      <div className="audit-stacked">
        <div>
          <Typography.Text strong>{auditActionLabel(r.action)}</Typography.Text> · {objectOf(r)}
        </div>
        <div>
          {vietnamTime(r.at)} · {r.actorName ?? 'Hệ thống'}
          {r.unitName ? ` (${r.unitName})` : ''}
        </div>
        {(r.subjectName || r.subjectPhone || r.purpose) && (
          <div>{[subjectOf(r), purposeLabel(r.purpose)].filter((t) => t && t !== '—').join(' · ')}</div>
        )}
      </div>
    ),
  },
];

export default function AuditPage() {
  useEffect(() => {
    document.title = 'Nhật ký truy cập — Quản trị';
  }, []);
  const [form] = Form.useForm<Filters>();
  // On a phone one stacked column, so the table never scrolls sideways.
  const wide = Grid.useBreakpoint().md ?? true;
  const [filters, setFilters] = useState<FilterQuery>({});
  const [page, setPage] = useState(1);
  const pageSize = 50;
  const list = useQuery({
    queryKey: ['admin', 'audit', filters, page],
    queryFn: () => call(auditApi.page, { query: { ...filters, page, pageSize } }),
  });
  const exportUrl = (format: 'csv' | 'excel') => routePath(auditExportPath, {}, { ...filters, format });

  return (
    <>
      <div className="staff-page-head">
        <Typography.Title level={1}>Nhật ký truy cập</Typography.Title>
      </div>
      <Typography.Paragraph type="secondary">
        Mọi thao tác của cán bộ và mọi lần xem dữ liệu cá nhân của người dân (Nghị định 13/2023/NĐ-CP), mới
        nhất trước. Nhật ký chỉ được ghi thêm, không sửa, không xóa.
      </Typography.Paragraph>
      <Form<Filters>
        form={form}
        layout="vertical"
        className="audit-filters"
        onFinish={(values) => {
          setPage(1);
          setFilters(queryOf(values));
        }}
      >
        <Form.Item name="staff" label="Cán bộ">
          <Input placeholder="Tên đăng nhập hoặc họ tên" allowClear />
        </Form.Item>
        <Form.Item name="person" label="Người dân">
          <Input placeholder="Số điện thoại hoặc số định danh" allowClear inputMode="numeric" />
        </Form.Item>
        <Form.Item name="dossierCode" label="Mã hồ sơ">
          <Input placeholder="VD: H56.10.01-261207-0001" allowClear />
        </Form.Item>
        <Form.Item name="action" label="Thao tác">
          <Select
            allowClear
            showSearch
            placeholder="Mọi thao tác"
            options={Object.entries(auditActionLabels).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="period" label="Thời gian">
          <DatePicker.RangePicker
            format="DD/MM/YYYY"
            allowEmpty={[true, true]}
            placeholder={['Từ ngày', 'Đến ngày']}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item label=" " className="audit-filter-actions">
          <Space wrap>
            <Button type="primary" htmlType="submit">
              Lọc
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setPage(1);
                setFilters({});
              }}
            >
              Bỏ lọc
            </Button>
          </Space>
        </Form.Item>
      </Form>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} href={exportUrl('excel')}>
          Xuất Excel (CSV)
        </Button>
        <Button icon={<DownloadOutlined />} href={exportUrl('csv')}>
          Xuất CSV
        </Button>
        {list.data && (
          <Typography.Text type="secondary">{formatCount(list.data.total, 'dòng')}</Typography.Text>
        )}
      </Space>
      {list.isError && (
        <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />
      )}
      <Table<AuditEntryView>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.rows ?? []}
        {...(wide ? { scroll: { x: 1000 } } : {})}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        locale={{ emptyText: 'Không có dòng nhật ký nào khớp.' }}
        columns={wide ? columns : stackedColumns}
      />
    </>
  );
}

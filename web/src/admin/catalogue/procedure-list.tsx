/**
 * "Thủ tục hành chính": the catalogue list for administrators. Search uses the public search (diacritics do not
 * matter); filters by field and level; each row shows the version in force and any later version waiting for its
 * effective date. Filters live in the address (?q=&linh-vuc=&cap=&trang=) so going back keeps them.
 */
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Grid, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ExportOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import type { Level } from '../../../../src/domain/catalogue/record.js';
import { formatTimeLimit, levelNames, onlineLevelNames } from '../../../../src/domain/checklist/checklist.js';
import { formatCount, formatDate } from '../../../../src/domain/format/format.js';
import { useFields } from '../../shared/catalogue.js';
import { useProcedureSearch, useVersionStatuses, type VersionStatus } from './catalogue-api.js';
import { levelList } from './form-parts.js';
import { cataloguePaths } from './paths.js';

type Row = NonNullable<ReturnType<typeof useProcedureSearch>['data']>['items'][number];

const PAGE_SIZE = 20;

function VersionCell({ status }: { status: VersionStatus | undefined }) {
  if (!status) return <span aria-hidden>…</span>;
  const { inForce, latest } = status;
  return (
    <Space orientation="vertical" size={2}>
      {inForce ? (
        <span className="cat-nowrap">
          Phiên bản {inForce.no} · từ {formatDate(inForce.effectiveFrom)}
        </span>
      ) : (
        <span>Chưa có hiệu lực</span>
      )}
      {latest.no !== inForce?.no && (
        <Tag className="cat-tag-pending">
          Phiên bản {latest.no} từ {formatDate(latest.effectiveFrom)}
        </Tag>
      )}
    </Space>
  );
}

function PublicLink({ code }: { code: string }) {
  return (
    <a href={cataloguePaths.public(code)} target="_blank" rel="noreferrer" className="cat-nowrap">
      <ExportOutlined aria-hidden /> Trang công khai
      <span className="cat-visually-hidden"> của thủ tục {code}</span>
    </a>
  );
}

export default function ProcedureList() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const q = params.get('q') ?? '';
  const field = params.get('linh-vuc') ?? undefined;
  const levelParam = params.get('cap');
  const level = levelList.includes(levelParam as Level) ? (levelParam as Level) : undefined;
  const page = Math.max(1, Number(params.get('trang')) || 1);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  useEffect(() => {
    document.title = 'Thủ tục hành chính — Quản trị';
  }, []);

  const fields = useFields();
  const list = useProcedureSearch({
    ...(q ? { q } : {}),
    ...(field ? { field } : {}),
    ...(level ? { level } : {}),
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const codes = useMemo(() => (list.data?.items ?? []).map((p) => p.code), [list.data]);
  const statuses = useVersionStatuses(codes);
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;

  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('trang' in patch)) next.delete('trang');
    setParams(next);
  };

  const nameCell = (p: Row) => (
    <Link to={cataloguePaths.edit(p.code)} className="cat-name-link">
      {p.name}
    </Link>
  );

  const columns: ColumnsType<Row> = [
    { title: 'Mã', dataIndex: 'code', width: 120, className: 'cat-nowrap' },
    { title: 'Tên thủ tục', key: 'name', render: (_, p) => nameCell(p) },
    { title: 'Lĩnh vực', key: 'field', render: (_, p) => p.field.name, responsive: ['lg'] },
    {
      title: 'Thời hạn',
      key: 'timeLimit',
      render: (_, p) => (p.timeLimit ? formatTimeLimit(p.timeLimit) : '—'),
    },
    { title: 'Trực tuyến', key: 'online', render: (_, p) => onlineLevelNames[p.onlineLevel] },
    {
      title: 'Phiên bản',
      key: 'version',
      render: (_, p) => <VersionCell status={statuses.data?.get(p.code)} />,
    },
    { title: 'Xem', key: 'public', render: (_, p) => <PublicLink code={p.code} /> },
  ];

  const phoneColumns: ColumnsType<Row> = [
    {
      title: 'Thủ tục',
      key: 'card',
      render: (_, p) => (
        <div className="cat-card">
          {nameCell(p)}
          <Typography.Text type="secondary">
            {p.code} · {p.field.name}
          </Typography.Text>
          <span>
            {p.timeLimit ? formatTimeLimit(p.timeLimit) : 'Không có thời hạn'} ·{' '}
            {onlineLevelNames[p.onlineLevel]}
          </span>
          <VersionCell status={statuses.data?.get(p.code)} />
          <PublicLink code={p.code} />
        </div>
      ),
    },
  ];

  return (
    <>
      <div className="staff-page-head">
        <Typography.Title level={1}>Thủ tục hành chính</Typography.Title>
        <Space wrap>
          <Button icon={<ImportOutlined aria-hidden />} onClick={() => void navigate(cataloguePaths.import)}>
            Nhập / xuất danh mục
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => void navigate(cataloguePaths.create)}
          >
            Thêm thủ tục
          </Button>
        </Space>
      </div>
      <div role="search" className="staff-filters cat-filters" aria-label="Tìm và lọc thủ tục">
        <Input.Search
          aria-label="Tìm theo tên, mã hoặc từ khóa"
          placeholder="Tìm theo tên, mã hoặc từ khóa"
          allowClear
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => set({ q: v.trim() || undefined })}
        />
        <Select
          aria-label="Lọc theo lĩnh vực"
          placeholder="Tất cả lĩnh vực"
          allowClear
          value={field}
          onChange={(v: string | undefined) => set({ 'linh-vuc': v })}
          options={(fields.data ?? []).map((f) => ({ value: f.code, label: f.name }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
        <Select
          aria-label="Lọc theo cấp thực hiện"
          placeholder="Tất cả các cấp"
          allowClear
          value={level}
          onChange={(v: Level | undefined) => set({ cap: v })}
          options={levelList.map((l) => ({ value: l, label: levelNames[l] }))}
        />
      </div>
      {list.isError && <Alert type="error" showIcon title={list.error.message} className="staff-banner" />}
      <Table<Row>
        rowKey="code"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={isPhone ? phoneColumns : columns}
        locale={{ emptyText: q ? 'Không tìm thấy thủ tục phù hợp.' : 'Chưa có thủ tục nào.' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => formatCount(total, 'thủ tục'),
          onChange: (p) => set({ trang: p > 1 ? String(p) : undefined }),
        }}
      />
    </>
  );
}

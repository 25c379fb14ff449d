/**
 * "Hồ sơ trực tuyến chờ tiếp nhận" (/ban-lam-viec/truc-tuyen): the dossiers submitted online to the person's units,
 * oldest first, each with the working time left to accept or answer it (red once late). Accepting is one click
 * (the `receive` action, then the receipt goes to the citizen); asking for a supplement or refusing opens the
 * dossier page, whose forms take what is missing or the reasons. A table on a desk, cards on a phone.
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { App, Button, Empty, Grid, Popconfirm, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { OnlineIntakeItem } from '../../../src/contracts/online-intake.js';
import { dossierApi } from '../../../src/contracts/dossier-api.js';
import { acceptLeftText } from '../../../src/domain/dossier/online-intake.js';
import { ACTIONS } from '../../../src/domain/dossier/actions.js';
import { ApiError } from '../shared/api.js';
import { useCurrentStaff } from '../shared/auth.js';
import { call } from '../shared/client.js';
import { formatDateTime } from './dossier-api.js';
import {
  applicantProcedureColumns,
  DossierCardList,
  dossierCodeColumn,
  dossierPath,
} from './dossier-cards.js';
import { useOnlineIntake } from './online-intake-api.js';
import { LoadError } from './load-error.js';

function LeftTag({ d }: { d: OnlineIntakeItem }) {
  const soon = !d.late && d.minutesLeft < 120;
  return (
    <span className="desk-nowrap">
      <Tag className={`risk-tag ${d.late ? 'risk-overdue' : soon ? 'risk-soon' : 'risk-ok'}`}>
        {acceptLeftText(d.minutesLeft, d.late)}
      </Tag>
      <span className="desk-muted desk-due-note">Hạn tiếp nhận {formatDateTime(d.acceptBy)}</span>
    </span>
  );
}

function Actions({ d }: { d: OnlineIntakeItem }) {
  const me = useCurrentStaff();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  // Offered to the roles the action's row allows (a leader oversees; the server checks the unit again).
  const mayReceive = me.roles.some((r) => ACTIONS.receive.roles.includes(r.role));
  const accept = async () => {
    setBusy(true);
    try {
      await call(dossierApi.act, {
        params: { code: d.code },
        body: { action: 'receive', expectedVersion: d.version, idempotencyKey: crypto.randomUUID() },
      });
      void message.success(`Đã tiếp nhận hồ sơ ${d.code}. Giấy tiếp nhận đã gửi cho công dân.`);
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : 'Không tiếp nhận được hồ sơ. Vui lòng thử lại.');
    } finally {
      setBusy(false);
      await queryClient.invalidateQueries({ queryKey: ['dossiers'] });
    }
  };
  return (
    <Space wrap size={[8, 8]}>
      {mayReceive && (
        <Popconfirm
          title={`Tiếp nhận hồ sơ ${d.code}?`}
          description="Hồ sơ đầy đủ, hợp lệ: công dân nhận giấy tiếp nhận và tin nhắn hẹn trả kết quả."
          okText="Tiếp nhận"
          cancelText="Hủy"
          onConfirm={() => void accept()}
        >
          <Button type="primary" loading={busy} aria-label={`Tiếp nhận hồ sơ ${d.code}`}>
            Tiếp nhận
          </Button>
        </Popconfirm>
      )}
      <Link to={dossierPath(d.code)} aria-label={`Bổ sung, từ chối hồ sơ ${d.code}`}>
        Bổ sung, từ chối
      </Link>
    </Space>
  );
}

const columns: TableColumnsType<OnlineIntakeItem> = [
  dossierCodeColumn(),
  ...applicantProcedureColumns<OnlineIntakeItem>(),
  { title: 'Nộp lúc', key: 'submitted', render: (_, d) => formatDateTime(d.submittedAt) },
  { title: 'Thời gian còn lại', key: 'left', render: (_, d) => <LeftTag d={d} /> },
  { title: 'Thao tác', key: 'actions', render: (_, d) => <Actions d={d} /> },
];

export default function OnlineIntakePage() {
  const isPhone = !Grid.useBreakpoint().md;
  const list = useOnlineIntake();

  useEffect(() => {
    document.title = 'Hồ sơ trực tuyến chờ tiếp nhận — Một cửa điện tử';
  }, []);

  const items = list.data?.items ?? [];
  return (
    <>
      <div className="staff-page-head">
        <Typography.Title level={1}>Hồ sơ trực tuyến chờ tiếp nhận</Typography.Title>
        <div className="desk-head-actions">
          <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} loading={list.isFetching}>
            Tải lại
          </Button>
        </div>
      </div>
      {list.data && (
        <Typography.Paragraph className="desk-muted">
          Hồ sơ nộp trực tuyến cần được kiểm tra và tiếp nhận, yêu cầu bổ sung hoặc từ chối trong{' '}
          {list.data.acceptHours} giờ làm việc kể từ khi nộp (tính theo lịch làm việc của đơn vị).
          {list.data.late > 0 && <strong> {list.data.late} hồ sơ đã quá hạn.</strong>}
        </Typography.Paragraph>
      )}
      <LoadError query={list} title="Không tải được danh sách hồ sơ trực tuyến" />
      {list.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description="Không có hồ sơ trực tuyến nào chờ tiếp nhận." />
      ) : isPhone ? (
        <DossierCardList
          items={items}
          more={(d) => (
            <>
              <LeftTag d={d} />
              <Actions d={d} />
            </>
          )}
        />
      ) : (
        <Table<OnlineIntakeItem>
          rowKey="code"
          columns={columns}
          dataSource={items}
          pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          rowClassName={(d) => (d.late ? 'desk-row-late' : '')}
        />
      )}
    </>
  );
}

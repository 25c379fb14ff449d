/**
 * My deadline alerts ("Cảnh báo hạn xử lý"): what the sweeper raised for me — dossiers at risk or overdue, as the
 * assignee (step 1) or as the unit's leader (step 2) — newest first, marked read one by one or all at once. A leader
 * opens the drafted apology and extension of a dossier, writes the reason and confirms it (the `extend` action).
 */
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Input, Modal, Skeleton, Switch, Typography } from 'antd';
import { CheckOutlined, ReloadOutlined } from '@ant-design/icons';
import { alertsApi } from '../../../src/contracts/alerts-api.js';
import { dossierApi } from '../../../src/contracts/dossier-api.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';
import { useCurrentStaff } from '../shared/auth.js';
import { ALERTS_KEY, AlertCard, useMyAlerts } from './alert-card.js';
import { formatDateTime } from './dossier-api.js';

function DraftModal({ code, onClose }: { code: string; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const draft = useQuery({
    queryKey: ['dossiers', 'extension-draft', code],
    queryFn: async () => {
      const params = { code };
      const [d, allowed] = await Promise.all([
        call(alertsApi.draft, { params }),
        call(dossierApi.allowedActions, { params }),
      ]);
      return { draft: d, version: allowed.version };
    },
  });
  const confirm = useMutation({
    mutationFn: () =>
      call(alertsApi.confirmDraft, {
        params: { code },
        body: {
          reason,
          expectedVersion: draft.data!.version,
          idempotencyKey: `confirm-${crypto.randomUUID()}`,
        },
      }),
    onSuccess: async () => {
      void message.success('Đã gia hạn và ghi văn bản xin lỗi vào lịch sử hồ sơ.');
      await queryClient.invalidateQueries({ queryKey: ['dossiers'] });
      await queryClient.invalidateQueries({ queryKey: ALERTS_KEY });
      onClose();
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : 'Không xác nhận được.'),
  });
  const d = draft.data?.draft;
  const pending = d?.status === 'draft' && d.current;
  return (
    <Modal
      open
      title={`Văn bản xin lỗi và gia hạn — ${code}`}
      onCancel={onClose}
      okText="Xác nhận gia hạn"
      cancelText="Đóng"
      okButtonProps={{ disabled: !pending || !reason.trim(), loading: confirm.isPending }}
      onOk={() => confirm.mutate()}
    >
      {draft.isPending ? (
        <Skeleton active />
      ) : draft.isError ? (
        <Alert type="error" showIcon title={draft.error.message} />
      ) : (
        d && (
          <>
            <p>
              Hạn hiện tại: <strong>{formatDateTime(d.currentDue)}</strong> · Hạn mới đề xuất:{' '}
              <strong>{formatDateTime(d.proposedDue)}</strong>
            </p>
            <Typography.Paragraph className="desk-apology" style={{ whiteSpace: 'pre-wrap' }}>
              {d.apology}
            </Typography.Paragraph>
            {pending ? (
              <label>
                Lý do chậm trễ (thay cho “[lý do]”)
                <Input.TextArea
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  maxLength={1000}
                  autoSize={{ minRows: 2 }}
                />
              </label>
            ) : (
              <Alert
                type="info"
                showIcon
                title="Dự thảo này đã được xác nhận hoặc không còn đúng hạn hiện tại."
              />
            )}
            {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginTop: 12 }} />}
          </>
        )
      )}
    </Modal>
  );
}

export default function AlertsPage() {
  const me = useCurrentStaff();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(true);
  const [draftOf, setDraftOf] = useState<string | null>(null);
  const isLeader = me.roles.some((r) => r.role === 'leader');
  const alerts = useMyAlerts(unreadOnly);
  const markRead = useMutation({
    mutationFn: (id: string): Promise<unknown> =>
      id === 'all' ? call(alertsApi.readAll) : call(alertsApi.read, { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ALERTS_KEY }),
    onError: (e) => void message.error(e instanceof ApiError ? e.message : 'Không cập nhật được.'),
  });

  useEffect(() => {
    document.title = 'Cảnh báo hạn xử lý — Một cửa điện tử';
  }, []);

  const data = alerts.data;
  return (
    <>
      <div className="staff-page-head">
        <Typography.Title level={1}>Cảnh báo hạn xử lý</Typography.Title>
        <div className="desk-head-actions">
          <label className="desk-nowrap">
            <Switch checked={unreadOnly} onChange={setUnreadOnly} size="small" /> Chỉ cảnh báo chưa đọc
          </label>
          <Button icon={<ReloadOutlined />} onClick={() => void alerts.refetch()} loading={alerts.isFetching}>
            Tải lại
          </Button>
          <Button icon={<CheckOutlined />} disabled={!data?.unread} onClick={() => markRead.mutate('all')}>
            Đánh dấu tất cả đã đọc
          </Button>
        </div>
      </div>
      {alerts.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title="Không tải được cảnh báo"
          description={alerts.error.message}
        />
      )}
      {data && <p aria-live="polite">{data.unread} cảnh báo chưa đọc.</p>}
      {alerts.isPending ? (
        <Skeleton active />
      ) : !data || data.items.length === 0 ? (
        <Empty description="Không có cảnh báo nào." />
      ) : (
        <ul className="desk-cards desk-alerts">
          {data.items.map((a) => (
            <li key={a.id}>
              <AlertCard alert={a}>
                <div className="desk-head-actions" style={{ marginTop: 8 }}>
                  {a.draft && isLeader && (
                    <Button size="small" type="primary" onClick={() => setDraftOf(a.dossier.code)}>
                      Xem dự thảo gia hạn (hạn mới {formatDateTime(a.draft.proposedDue)})
                    </Button>
                  )}
                  {!a.readAt && (
                    <Button size="small" onClick={() => markRead.mutate(a.id)}>
                      Đã đọc
                    </Button>
                  )}
                </div>
              </AlertCard>
            </li>
          ))}
        </ul>
      )}
      {draftOf && <DraftModal code={draftOf} onClose={() => setDraftOf(null)} />}
    </>
  );
}

/**
 * Messages of the units in the administrator's scope: status, provider, attempts and the last error; search by
 * phone, email or dossier code; a failed message can be sent again (GET /api/admin/notifications,
 * POST /api/admin/notifications/{id}/resend).
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { formatCount, formatDateTime, formatTimeDate } from '../../../../src/domain/format/format.js';
import { eventLabels, type NotifyEvent } from '../../../../src/domain/notify/templates.js';
import { notifyApi } from '../../../../src/contracts/notify-api.js';
import type { Message, MessageStatus } from '../../../../src/contracts/notify.js';
import { call } from '../../shared/client.js';
import { channelLabels, statusLabels } from './notify-api.js';

export function MessagesSection() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<MessageStatus | undefined>();
  const key = ['admin', 'notifications', q, status] as const;
  const list = useQuery({
    queryKey: key,
    queryFn: () => call(notifyApi.messages, { query: { q, status, limit: 100 } }),
  });
  const resend = useMutation({
    mutationFn: (id: string) => call(notifyApi.resend, { params: { id } }),
    onSuccess: async () => {
      void message.success('Đã đưa tin nhắn vào hàng đợi gửi lại.');
      await queryClient.invalidateQueries({ queryKey: ['admin', 'notifications'] });
    },
    onError: (e) => void message.error(e instanceof Error ? e.message : 'Không gửi lại được.'),
  });

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label="Tìm theo số điện thoại, thư điện tử hoặc mã hồ sơ"
          placeholder="Số điện thoại, thư điện tử hoặc mã hồ sơ"
          allowClear
          enterButton="Tìm"
          style={{ width: 360, maxWidth: '100%' }}
          onSearch={(v) => setQ(v.trim())}
        />
        <Select<MessageStatus>
          aria-label="Lọc theo trạng thái"
          placeholder="Mọi trạng thái"
          allowClear
          style={{ width: 180 }}
          value={status}
          onChange={setStatus}
          options={Object.entries(statusLabels).map(([value, s]) => ({ value, label: s.text }))}
        />
      </Space>
      {list.isError && <Alert type="error" showIcon title={list.error.message} />}
      <Table<Message>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        locale={{ emptyText: q ? 'Không có tin nhắn nào khớp.' : 'Chưa có tin nhắn.' }}
        expandable={{
          expandedRowRender: (m) => (
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {m.body}
            </Typography.Paragraph>
          ),
        }}
        columns={[
          { title: 'Tạo lúc', dataIndex: 'createdAt', width: 150, render: formatDateTime },
          {
            title: 'Sự kiện',
            dataIndex: 'event',
            render: (e: string, m) => (
              <>
                {eventLabels[e as NotifyEvent] ?? e}
                {m.dossierCode && (
                  <div>
                    <Typography.Text type="secondary">{m.dossierCode}</Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          {
            title: 'Người nhận',
            dataIndex: 'recipient',
            render: (r: string, m) => (
              <>
                {r}
                <div>
                  <Typography.Text type="secondary">{channelLabels[m.channel]}</Typography.Text>
                </div>
              </>
            ),
          },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            render: (s: MessageStatus, m) => (
              <>
                <Tag color={statusLabels[s].color}>{statusLabels[s].text}</Tag>
                {m.reason && (
                  <div>
                    <Typography.Text type="secondary">{m.reason}</Typography.Text>
                  </div>
                )}
                {m.status === 'created' && m.reason && (
                  <div>
                    <Typography.Text type="secondary">
                      Gửi lúc {formatTimeDate(m.nextAttemptAt)}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          { title: 'Nhà mạng', dataIndex: 'provider', render: (p: string | null) => p ?? '—' },
          { title: 'Lần gửi', dataIndex: 'attempts', width: 80 },
          {
            title: 'Lỗi gần nhất',
            dataIndex: 'lastError',
            render: (e: string | null) => e ?? '',
          },
          {
            title: 'Thao tác',
            key: 'actions',
            width: 110,
            render: (_: unknown, m) =>
              m.canResend ? (
                <Button
                  size="small"
                  icon={<ReloadOutlined />}
                  loading={resend.isPending && resend.variables === m.id}
                  aria-label={`Gửi lại tin nhắn tới ${m.recipient}`}
                  onClick={() => resend.mutate(m.id)}
                >
                  Gửi lại
                </Button>
              ) : null,
          },
        ]}
      />
      {list.data && (
        <Typography.Text type="secondary">
          Tổng số: {formatCount(list.data.total, 'tin nhắn')}.
        </Typography.Text>
      )}
    </>
  );
}

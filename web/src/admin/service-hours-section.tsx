/**
 * A unit's service hours, in its edit drawer: the unit's own document as JSON (a key left out — weekly, seasons,
 * extras, specials, closures — is inherited from the unit above; {} inherits everything), where each part comes
 * from, and the server's errors listed per field (GET/PUT /api/admin/units/{agencyId}/service-hours).
 */
import { useEffect, useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Divider, Input, Skeleton, Space, Typography } from 'antd';
import { api, ApiError } from '../shared/api.js';

type Key = 'weekly' | 'seasons' | 'extras' | 'specials' | 'closures';
interface AdminServiceHours {
  unit: { agencyId: string; name: string };
  own: Record<string, unknown> | null;
  effective: Record<Key, unknown[]>;
  from: Record<Key, { agencyId: string; name: string } | null>;
}

const partLabels: Record<Key, string> = {
  weekly: 'Buổi hằng tuần (weekly)',
  seasons: 'Mùa hè, mùa đông (seasons)',
  extras: 'Giờ phục vụ thêm theo lĩnh vực (extras)',
  specials: 'Buổi phục vụ đặc biệt (specials)',
  closures: 'Ngày, giờ tạm nghỉ (closures)',
};

export function ServiceHoursSection({ agencyId }: { agencyId: string }) {
  const id = useId();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = ['admin', 'service-hours', agencyId] as const;
  const url = `/api/admin/units/${encodeURIComponent(agencyId)}/service-hours`;
  const query = useQuery({ queryKey: key, queryFn: () => api<AdminServiceHours>(url) });
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<{ field: string; message: string }[]>([]);

  useEffect(() => {
    if (query.data) setText(JSON.stringify(query.data.own ?? {}, null, 2));
  }, [query.data]);

  const save = useMutation({
    mutationFn: (body: unknown) => api<AdminServiceHours>(url, { method: 'PUT', body }),
    onSuccess: (data) => {
      setProblems([]);
      queryClient.setQueryData(key, data);
      void message.success('Đã lưu giờ phục vụ.');
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields?.length) setProblems(e.fields);
      else setProblems([{ field: 'document', message: e instanceof Error ? e.message : 'Không lưu được.' }]);
    },
  });

  function submit() {
    let body: unknown;
    try {
      body = JSON.parse(text || '{}');
    } catch {
      setProblems([{ field: 'document', message: 'Nội dung không phải JSON hợp lệ.' }]);
      return;
    }
    save.mutate(body);
  }

  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 403) return null;
    return <Alert type="error" showIcon title="Không tải được giờ phục vụ" />;
  }
  const data = query.data;
  return (
    <section aria-labelledby={`${id}-title`}>
      <Divider />
      <Typography.Title level={3} id={`${id}-title`} style={{ fontSize: 16 }}>
        Giờ phục vụ công dân
      </Typography.Title>
      {!data ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph style={{ margin: 0 }}>
            Giờ mở cửa tiếp công dân, không ảnh hưởng thời hạn giải quyết hồ sơ.{' '}
            <a
              href={`/gio-phuc-vu/${encodeURIComponent(agencyId)}`}
              target="_blank"
              rel="noreferrer"
              style={{ textDecoration: 'underline' }}
            >
              Xem trang công khai
            </a>
          </Typography.Paragraph>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {(Object.keys(partLabels) as Key[]).map((k) => (
              <li key={k}>
                {partLabels[k]}:{' '}
                {data.from[k]
                  ? data.from[k].agencyId === agencyId
                    ? 'của đơn vị này'
                    : `theo ${data.from[k].name}`
                  : 'chưa có'}
              </li>
            ))}
          </ul>
          <label htmlFor={`${id}-json`} style={{ fontWeight: 600 }}>
            Cấu hình riêng của đơn vị (JSON; khóa không ghi sẽ thừa kế từ đơn vị cấp trên)
          </label>
          <Input.TextArea
            id={`${id}-json`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 4, maxRows: 18 }}
            spellCheck={false}
            style={{ fontFamily: 'monospace', fontSize: 13 }}
            aria-invalid={problems.length ? true : undefined}
            aria-describedby={problems.length ? `${id}-errors` : undefined}
          />
          {problems.length > 0 && (
            <Alert
              type="error"
              showIcon
              id={`${id}-errors`}
              title="Chưa lưu được giờ phục vụ"
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {problems.map((p, i) => (
                    <li key={i}>
                      <code>{p.field}</code>: {p.message}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          <Space>
            <Button onClick={submit} loading={save.isPending}>
              Lưu giờ phục vụ
            </Button>
            <Button onClick={() => setText(JSON.stringify(data.effective, null, 2))}>
              Chép cấu hình đang áp dụng
            </Button>
          </Space>
        </Space>
      )}
    </section>
  );
}

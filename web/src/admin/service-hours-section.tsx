/**
 * A unit's service hours, in its edit drawer: where each part in force today comes from (the unit's own or the unit
 * above), the planned change if any, and links to the form (/quan-tri/gio-phuc-vu) and the public page.
 */
import { useId } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Divider, Skeleton, Space, Typography } from 'antd';
import { serviceHoursApi } from '../../../src/contracts/service-hours-api.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';
import { dmy, type AdminServiceHours } from './service-hours/hours-draft.js';

type Key = keyof AdminServiceHours['from'];
const partLabels: Record<Key, string> = {
  weekly: 'Lịch tuần',
  seasons: 'Mùa hè, mùa đông',
  extras: 'Giờ phục vụ thêm theo lĩnh vực (giờ thứ 9)',
  specials: 'Buổi phục vụ theo ngày',
  closures: 'Ngày, giờ tạm nghỉ',
};

export function ServiceHoursSection({ agencyId }: { agencyId: string }) {
  const id = useId();
  const query = useQuery({
    queryKey: ['admin', 'service-hours', agencyId],
    queryFn: () => call(serviceHoursApi.admin, { params: { agencyId } }),
  });
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 403) return null;
    return <Alert type="error" showIcon title="Không tải được giờ phục vụ" />;
  }
  const data = query.data;
  const planned = data?.versions.filter((v) => v.status === 'planned') ?? [];
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
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {(Object.keys(partLabels) as Key[]).map((k) => (
              <li key={k}>
                {partLabels[k]}:{' '}
                {data.from[k]
                  ? data.from[k].agencyId === agencyId
                    ? 'của đơn vị này'
                    : `theo ${data.from[k].name}`
                  : 'không có'}
              </li>
            ))}
          </ul>
          {planned.length > 0 && (
            <Typography.Paragraph style={{ margin: 0 }}>
              Thay đổi dự kiến từ {planned.map((v) => dmy(v.effectiveFrom)).join(', ')}.
            </Typography.Paragraph>
          )}
          <Space wrap>
            <Link to={`/quan-tri/gio-phuc-vu?don-vi=${encodeURIComponent(agencyId)}`}>Sửa giờ phục vụ</Link>
            <a href={`/gio-phuc-vu/${encodeURIComponent(agencyId)}`} target="_blank" rel="noreferrer">
              Xem trang công khai
            </a>
          </Space>
        </Space>
      )}
    </section>
  );
}

/**
 * The leader's page (/ban-lam-viec/lanh-dao), where leaders land: the dossiers of their units awaiting their approval
 * and those awaiting assignment, and their unread deadline alerts. A dossier's code opens its page, where the leader
 * acts; the whole lists are the inbox ("Hồ sơ cần xử lý") and "Cảnh báo hạn".
 */
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Skeleton, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { DESK_PATH } from '../shared/auth-paths.js';
import { AlertCard, useMyAlerts } from './alert-card.js';
import { DossierCards } from './dossier-cards.js';
import { useDossiersIn } from './dossier-api.js';
import { PaymentAlertsSection } from './payment-alerts.js';

interface SectionProps<T> {
  title: string;
  query: UseQueryResult<{ items: T[] }>;
  /** The number shown beside the title (default: the items listed). */
  count?: number;
  empty: string;
  more?: ReactNode;
  children: (items: T[]) => ReactNode;
}

function Section<T>({ title, query, count, empty, more, children }: SectionProps<T>) {
  const items = query.data?.items ?? [];
  return (
    <Card
      size="small"
      className="leader-section"
      title={
        <Typography.Title level={2} className="desk-card-title">
          {title}
          {query.data && ` (${count ?? items.length})`}
        </Typography.Title>
      }
      extra={more}
    >
      {query.isPending ? (
        <Skeleton active />
      ) : query.isError ? (
        <Alert type="error" showIcon role="alert" title={`Không tải được: ${query.error.message}`} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        children(items)
      )}
    </Card>
  );
}

export default function LeaderPage() {
  const approval = useDossiersIn('awaiting_approval');
  const assignment = useDossiersIn('received');
  const alerts = useMyAlerts(true);

  useEffect(() => {
    document.title = 'Việc chờ lãnh đạo — Một cửa điện tử';
  }, []);

  const reload = () => {
    for (const q of [approval, assignment, alerts]) void q.refetch();
  };
  return (
    <>
      <div className="staff-page-head">
        <Typography.Title level={1}>Việc chờ lãnh đạo</Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={reload}>
          Tải lại
        </Button>
      </div>
      <div className="leader-grid">
        <div className="leader-column">
          <Section title="Chờ phê duyệt" query={approval} empty="Không có hồ sơ nào chờ phê duyệt.">
            {(items) => <DossierCards items={items} />}
          </Section>
          <Section title="Chờ phân công" query={assignment} empty="Không có hồ sơ nào chờ phân công.">
            {(items) => <DossierCards items={items} />}
          </Section>
          <PaymentAlertsSection />
        </div>
        <Section
          title="Cảnh báo hạn chưa đọc"
          query={alerts}
          count={alerts.data?.unread}
          empty="Không có cảnh báo nào chưa đọc."
          more={<Link to={`${DESK_PATH}/canh-bao`}>Tất cả cảnh báo</Link>}
        >
          {(items) => (
            <ul className="desk-cards desk-alerts">
              {items.map((a) => (
                <li key={a.id}>
                  <AlertCard alert={a} />
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </>
  );
}

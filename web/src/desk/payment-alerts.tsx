/**
 * On the leader's page: payment alerts of the units they lead — a gateway notification refused for its amount, a
 * difference found by the daily reconciliation. Shown only when there is one.
 */
import { useQuery } from '@tanstack/react-query';
import { Card, Typography } from 'antd';
import { Link } from 'react-router';
import { paymentApi } from '../../../src/contracts/payment-api.js';
import { call } from '../shared/client.js';
import { formatDateTime } from './dossier-api.js';
import { dossierPath } from './dossier-cards.js';

export function PaymentAlertsSection() {
  const alerts = useQuery({
    queryKey: ['payments', 'alerts'],
    queryFn: () => call(paymentApi.alerts),
    staleTime: 15_000,
  });
  const items = alerts.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card
      size="small"
      className="leader-section payment-alerts"
      title={
        <Typography.Title level={2} className="desk-card-title">
          Cảnh báo thanh toán ({items.length})
        </Typography.Title>
      }
    >
      <ul className="desk-cards desk-alerts">
        {items.map((a) => (
          <li key={a.id}>
            <Card size="small">
              <Typography.Text strong>{a.title}</Typography.Text>
              <div>{a.detail}</div>
              <div className="desk-muted">
                {a.unitName} · {formatDateTime(a.createdAt)}
                {a.txnRef && <> · Giao dịch {a.txnRef}</>}
              </div>
              {a.dossierCode && <Link to={dossierPath(a.dossierCode)}>Hồ sơ {a.dossierCode}</Link>}
            </Card>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/**
 * My deadline alerts (GET /api/me/alerts): the query shared by the alerts page and the leader's page, and one alert
 * as a card — the dossier, its level, the unit handling it, its due time; actions go in `children`.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, Tag } from 'antd';
import { alertsApi } from '../../../src/contracts/alerts-api.js';
import type { Alert } from '../../../src/contracts/alerts.js';
import { call } from '../shared/client.js';
import { formatDateTime } from './dossier-api.js';
import { dossierPath } from './dossier-cards.js';

export const ALERTS_KEY = ['me', 'alerts'] as const;

export function useMyAlerts(unreadOnly: boolean) {
  return useQuery({
    queryKey: [...ALERTS_KEY, unreadOnly],
    queryFn: () => call(alertsApi.mine, { query: { limit: 200, unread: unreadOnly || undefined } }),
    staleTime: 15_000,
  });
}

export function AlertCard({ alert: a, children }: { alert: Alert; children?: ReactNode }) {
  return (
    <Card size="small" className={a.readAt ? 'desk-alert-read' : undefined}>
      <div className="desk-card-head">
        <Link to={dossierPath(a.dossier.code)} className="desk-code">
          {a.dossier.code}
        </Link>
        <span className="desk-card-tags">
          <Tag className={a.level === 'overdue' ? 'risk-tag risk-overdue' : 'risk-tag risk-today'}>
            {a.levelLabel}
          </Tag>
          {a.step === 2 && <Tag>Báo lãnh đạo</Tag>}
        </span>
      </div>
      <div>{a.dossier.procedureName}</div>
      <div className="desk-muted">
        {a.dossier.statusLabel} · {a.dossier.handlingUnit.name} · Hạn: {formatDateTime(a.dueAt)} · Cảnh báo
        lúc {formatDateTime(a.createdAt)}
      </div>
      {children}
    </Card>
  );
}

/**
 * My deadline alerts (GET /api/me/alerts): the query shared by the alerts page and the leader's page, and one alert
 * as a card — the dossier, its level, the unit handling it, its due time; actions go in `children`.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, Tag } from 'antd';
import type { Status } from '../../../src/domain/dossier/lifecycle.js';
import { api } from '../shared/api.js';
import { formatDateTime } from './dossier-api.js';
import { dossierPath } from './dossier-cards.js';

export interface AlertItem {
  id: string;
  level: 'at_risk' | 'overdue';
  levelLabel: string;
  step: 1 | 2;
  createdAt: string;
  readAt: string | null;
  dueAt: string;
  dossier: {
    code: string;
    procedureName: string;
    status: Status;
    statusLabel: string;
    handlingUnit: { agencyId: string; name: string };
  };
  draft: { proposedDue: string } | null;
}

export interface MyAlerts {
  unread: number;
  items: AlertItem[];
}

export const ALERTS_KEY = ['me', 'alerts'] as const;

export function useMyAlerts(unreadOnly: boolean) {
  return useQuery({
    queryKey: [...ALERTS_KEY, unreadOnly],
    queryFn: () => api<MyAlerts>(`/api/me/alerts?limit=200${unreadOnly ? '&unread=true' : ''}`),
    staleTime: 15_000,
  });
}

export function AlertCard({ alert: a, children }: { alert: AlertItem; children?: ReactNode }) {
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

/**
 * Dossiers as a list of cards (the inbox on a phone, the leader's lists): code, deadline risk, applicant, procedure,
 * status and due time; the code opens the dossier page.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Card, Tag, type TableColumnsType } from 'antd';
import type { Risk } from '../../../src/domain/dossier/risk.js';
import { INBOX_PATH } from '../shared/auth-paths.js';
import { formatDateTime, riskClass, riskLabels, type InboxItem } from './dossier-api.js';

export const dossierPath = (code: string) => `${INBOX_PATH}/${encodeURIComponent(code)}`;

/** A table's first column: the dossier's code, linked to its page. */
export function dossierCodeColumn<T extends { code: string }>(): TableColumnsType<T>[number] {
  return {
    title: 'Mã hồ sơ',
    dataIndex: 'code',
    key: 'code',
    render: (code: string) => (
      <Link to={dossierPath(code)} className="desk-code">
        {code}
      </Link>
    ),
  };
}

type Listed = {
  applicant: { name: string };
  procedure: { name: string };
  caseName?: string | null | undefined;
};

/** The columns after the code that every list of dossiers shows: who applied, and for what (with the case). */
export function applicantProcedureColumns<T extends Listed>(): TableColumnsType<T> {
  return [
    { title: 'Người nộp', key: 'applicant', render: (_, d) => d.applicant.name },
    {
      title: 'Thủ tục',
      key: 'procedure',
      render: (_, d) => (
        <span className="desk-procedure">
          {d.procedure.name}
          {d.caseName && <span className="desk-muted"> — {d.caseName}</span>}
        </span>
      ),
    },
  ];
}

export function RiskTag({ risk, sameDay = false }: { risk: Risk; sameDay?: boolean }) {
  return (
    <span className="desk-card-tags">
      {sameDay && <Tag className="risk-tag risk-today">Trả trong ngày</Tag>}
      <Tag className={riskClass[risk]}>{riskLabels[risk]}</Tag>
    </span>
  );
}

/**
 * Any list of dossiers as cards (a phone's table): the code linked to the dossier's page with `marks` beside it, the
 * applicant and the procedure, then what the list adds (`more`).
 */
export function DossierCardList<
  T extends { code: string; applicant: { name: string }; procedure: { name: string } },
>(props: { items: readonly T[]; marks?: (d: T) => ReactNode; more: (d: T) => ReactNode }) {
  return (
    <ul className="desk-cards">
      {props.items.map((d) => (
        <li key={d.code}>
          <Card size="small">
            <div className="desk-card-head">
              <Link to={dossierPath(d.code)} className="desk-code">
                {d.code}
              </Link>
              {props.marks?.(d)}
            </div>
            <div className="desk-card-name">{d.applicant.name}</div>
            <div>{d.procedure.name}</div>
            {props.more(d)}
          </Card>
        </li>
      ))}
    </ul>
  );
}

export function DossierCards({ items }: { items: readonly InboxItem[] }) {
  return (
    <DossierCardList
      items={items}
      marks={(d) => <RiskTag risk={d.risk} sameDay={d.sameDay} />}
      more={(d) => (
        <div className="desk-muted">
          {d.statusLabel} · Hạn: {formatDateTime(d.taskDueAt ?? d.dueAt)}
        </div>
      )}
    />
  );
}

/**
 * The process control slip (Mẫu 06) on the dossier page: every hand-off (who handed it over, who received it, when,
 * and whether the step it closed finished early, on time or late), and each agency's time against its share.
 * From GET /api/dossiers/{code}/control-slip; the printable PDF is linked with the other forms.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Tag, Typography } from 'antd';
import type { StepOutcome } from '../../../src/domain/dossier/control-slip.js';
import { dossierApi } from '../../../src/contracts/dossier-api.js';
import { call } from '../shared/client.js';
import { formatCount } from '../../../src/domain/format/format.js';
import { formatDateTime } from './dossier-api.js';

const outcomeLabels = {
  early: { label: 'Trước hạn', className: 'doc-tag doc-received' },
  on_time: { label: 'Đúng hạn', className: 'doc-tag doc-na' },
  late: { label: 'Quá hạn', className: 'doc-tag doc-missing' },
} as const satisfies Record<StepOutcome, { label: string; className: string }>;

const party = (p: { name: string | null; unit: string | null }) =>
  [p.name, p.unit].filter(Boolean).join(' · ') || '—';

const hours = (h: number) => formatCount(h, 'giờ');

export function ControlSlipView({ code, version }: { code: string; version: number }) {
  const slip = useQuery({
    queryKey: ['dossiers', 'one', code, 'control-slip', version],
    queryFn: () => call(dossierApi.controlSlip, { params: { code } }),
  });
  if (slip.isPending) return <Typography.Paragraph>Đang tải…</Typography.Paragraph>;
  if (slip.isError) return <Alert type="warning" showIcon title={slip.error.message} />;
  const s = slip.data;
  return (
    <>
      {s.lateAgency && (
        <Alert
          type="error"
          showIcon
          className="staff-banner"
          title={`Chậm do ${s.lateAgency.unit} (${s.lateAgency.agencyId}).`}
        />
      )}
      <ol className="slip-rows">
        {s.rows.map((r) => (
          <li key={r.seq}>
            <div className="slip-head">
              <strong>{r.step}</strong>
              {r.outcome && (
                <Tag className={outcomeLabels[r.outcome].className}>{outcomeLabels[r.outcome].label}</Tag>
              )}
            </div>
            <div className="desk-muted">{formatDateTime(r.at)}</div>
            <div>Bên giao: {party(r.handedBy)}</div>
            <div>Bên nhận: {party(r.receivedBy)}</div>
            {r.dueAt && <div className="desk-muted">Hạn của bước: {formatDateTime(r.dueAt)}</div>}
            {r.note && <div className="dossier-history-note">“{r.note}”</div>}
          </li>
        ))}
      </ol>
      {s.agencies.length > 0 && (
        <>
          <h3 className="intake-readback-sub">Thời gian theo cơ quan</h3>
          <ul className="slip-agencies">
            {s.agencies.map((a) => (
              <li key={a.agencyId}>
                <strong>{a.unit}</strong>: giữ {hours(a.heldHours)}
                {a.shareHours !== null ? ` / được giao ${hours(a.shareHours)}` : ''}{' '}
                <Tag className={a.late ? outcomeLabels.late.className : outcomeLabels.on_time.className}>
                  {a.late ? 'Quá hạn' : 'Trong hạn'}
                </Tag>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/**
 * A dossier's history on its page: a timeline of the action log in Vietnamese, newest first — who did what, the
 * status after it, the note, and what the action's data says (the unit it went to and its deadline, a new due date,
 * the missing papers, to whom the result was returned, the financial-obligation notice, the reasons).
 */
import { Timeline } from 'antd';
import { formatMoney } from '../../../src/domain/checklist/checklist.js';
import { actionLabels, statusLabels } from '../../../src/domain/dossier/lifecycle.js';
import { roleLabels, type Role } from '../../../src/domain/org/roles.js';
import { formatDateTime, type HistoryEntry } from './dossier-api.js';

function historyDetail(h: HistoryEntry): string[] {
  const lines: string[] = [];
  const d = h.data;
  if (typeof d.toUnit === 'string') {
    const to = typeof d.toUnitName === 'string' ? `${d.toUnitName} (${d.toUnit})` : d.toUnit;
    lines.push(`${h.action === 'consult' ? 'Gửi đến' : 'Chuyển đến'}: ${to}`);
  }
  // The share of time given to the unit asked (the other steps' shares are on the control slip).
  if (typeof d.taskDue === 'string' && (h.action === 'consult' || h.action === 'transfer')) {
    const what = h.action === 'consult' ? 'Hạn trả lời' : 'Hạn của đơn vị nhận';
    lines.push(`${what}: ${formatDateTime(d.taskDue)}`);
  }
  if (typeof d.newDue === 'string') lines.push(`Hạn mới: ${formatDateTime(d.newDue)}`);
  if (Array.isArray(d.missing) && d.missing.length) {
    const names = (d.missing as { name?: unknown }[])
      .map((m) => (typeof m.name === 'string' ? m.name : ''))
      .filter(Boolean);
    lines.push(`Giấy tờ còn thiếu: ${names.join('; ')}`);
  }
  const r = d.returnedTo as { name?: unknown; relation?: unknown } | undefined;
  if (r && typeof r.name === 'string') {
    lines.push(`Người nhận: ${r.name}${r.relation === 'authorised' ? ' (người được ủy quyền)' : ''}`);
  }
  const x = d.details as { noticeNo?: unknown; amount?: unknown } | undefined;
  if (x && typeof x.noticeNo === 'string') lines.push(`Thông báo số: ${x.noticeNo}`);
  if (x && typeof x.amount === 'number') lines.push(`Số tiền: ${formatMoney(x.amount)}`);
  if (Array.isArray(d.reasons) && d.reasons.length) lines.push(`Lý do: ${d.reasons.map(String).join('; ')}`);
  return lines;
}

export function History({ history }: { history: HistoryEntry[] }) {
  return (
    <Timeline
      className="dossier-history"
      items={[...history].reverse().map((h) => ({
        key: h.seq,
        content: (
          <div>
            <div className="dossier-history-head">
              <strong>{actionLabels[h.action]}</strong>
              <span className="desk-muted"> · {formatDateTime(h.at)}</span>
            </div>
            <div>
              {h.actorName ?? 'Công dân'}
              {h.role && h.role in roleLabels ? ` (${roleLabels[h.role as Role]})` : ''} →{' '}
              {statusLabels[h.statusAfter]}
            </div>
            {h.note && <div className="dossier-history-note">“{h.note}”</div>}
            {historyDetail(h).map((l) => (
              <div key={l} className="desk-muted">
                {l}
              </div>
            ))}
          </div>
        ),
      }))}
    />
  );
}

/**
 * The operator's console (/ban-lam-viec/tong-dai), live over SSE: an incoming call rings (banner, chime when the
 * browser allows sound, an announcement for screen readers); the caller's screen-pop; choose the field, see who
 * is available, transfer with a note; missed calls waiting for a callback; the operator's own presence.
 */
import { useState } from 'react';
import { Button, Card, Switch } from 'antd';
import type { CallView } from '../../../../src/domain/hotline/views.js';
import { CallbacksList } from './callbacks-list.js';
import { ConsoleShell } from './console-shell.js';
import { duration, timeOf, vnDay } from './format.js';
import { chime } from './live.js';
import { TransferPanel } from './transfer-panel.js';
import { useLiveCalls } from './use-live-calls.js';
import './hotline.css';

const open = (c: CallView) => c.status === 'ringing' || c.status === 'answered';

export default function OperatorPage() {
  const [sound, setSound] = useState(true);
  const [announcement, setAnnouncement] = useState('');
  const [selectedId, setSelectedId] = useState<string>();
  const today = vnDay();
  const { calls, live, error } = useLiveCalls({ from: today, to: today }, (call, before) => {
    if (call.status === 'ringing' && !before) {
      if (sound) chime();
      setAnnouncement(
        `Cuộc gọi đến từ số ${call.phoneDisplay}${call.callerName ? `, ${call.callerName}` : ''}.`,
      );
    }
  });
  const active = calls.filter(open);
  const ringing = active.filter((c) => c.status === 'ringing');
  const selected = calls.find((c) => c.id === selectedId) ?? active[0];

  return (
    <ConsoleShell
      title="Tổng đài"
      live={live}
      headActions={
        <label className="desk-nowrap hotline-sound">
          <Switch size="small" checked={sound} onChange={setSound} aria-label="Chuông báo cuộc gọi đến" />{' '}
          Chuông báo
        </label>
      }
      announcement={announcement}
      error={error}
      banner={ringing.map((c) => (
        <div key={c.id} className="hotline-ring" data-testid="hotline-ring">
          <span className="hotline-ring-text">
            Cuộc gọi đến: <strong>{c.phoneDisplay}</strong>
            {c.callerName ? ` — ${c.callerName}` : ''} · {timeOf(c.startedAt)}
          </span>
          <Button onClick={() => setSelectedId(c.id)}>Xem người gọi</Button>
        </div>
      ))}
      chosen={
        selected && {
          call: selected,
          testId: 'operator-call',
          meta: (
            <>
              gọi lúc {timeOf(selected.startedAt)}
              {selected.waitSeconds !== null && ` · chờ ${duration(selected.waitSeconds)}`}
            </>
          ),
          panels: open(selected) && <TransferPanel key={selected.id} call={selected} />,
        }
      }
      empty="Khi có cuộc gọi đến, thông tin người gọi hiện ở đây."
      picker={{
        title: 'Cuộc gọi đang xử lý',
        empty: 'Chưa có cuộc gọi nào đang chờ.',
        calls: active,
        when: timeOf,
      }}
      selectedId={selected?.id}
      onSelect={setSelectedId}
      side={
        <Card size="small" title="Cần gọi lại">
          <CallbacksList openOnly />
        </Card>
      }
    />
  );
}

/**
 * The operator's console (/ban-lam-viec/tong-dai), live over SSE: an incoming call rings (banner, chime when the
 * browser allows sound, an announcement for screen readers); the caller's screen-pop; choose the field, see who
 * is available, transfer with a note; missed calls waiting for a callback; the operator's own presence.
 */
import { useState } from 'react';
import { Alert, Button, Card, Empty, Switch, Typography } from 'antd';
import type { CallView } from '../../../../src/domain/hotline/views.js';
import { useCurrentStaff } from '../../shared/auth.js';
import { CallbacksList } from './callbacks-list.js';
import { CallHead, CallPicker } from './call-picker.js';
import { duration, timeOf, vnDay } from './format.js';
import { useDirectory } from './hotline-api.js';
import { LiveTag } from './live-tag.js';
import { chime } from './live.js';
import { PresenceSwitch } from './presence-switch.js';
import { ScreenPopCard } from './screen-pop.js';
import { TransferPanel } from './transfer-panel.js';
import { useLiveCalls } from './use-live-calls.js';
import './hotline.css';

const open = (c: CallView) => c.status === 'ringing' || c.status === 'answered';

export default function OperatorPage() {
  const me = useCurrentStaff();
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
  const directory = useDirectory(undefined);
  const mine = directory.data?.find((d) => d.staffId === me.id);
  const active = calls.filter(open);
  const ringing = active.filter((c) => c.status === 'ringing');
  const selected = calls.find((c) => c.id === selectedId) ?? active[0];

  return (
    <div className="staff-page hotline-page">
      <div className="staff-page-head">
        <Typography.Title level={1}>Tổng đài</Typography.Title>
        <div className="desk-head-actions">
          <LiveTag state={live} />
          <label className="desk-nowrap hotline-sound">
            <Switch size="small" checked={sound} onChange={setSound} aria-label="Chuông báo cuộc gọi đến" />{' '}
            Chuông báo
          </label>
        </div>
      </div>
      <PresenceSwitch me={mine} />
      <div className="hotline-sr" aria-live="assertive" role="status">
        {announcement}
      </div>
      {error && <Alert type="error" showIcon className="staff-banner" title={error.message} />}
      {ringing.map((c) => (
        <div key={c.id} className="hotline-ring" data-testid="hotline-ring">
          <span className="hotline-ring-text">
            Cuộc gọi đến: <strong>{c.phoneDisplay}</strong>
            {c.callerName ? ` — ${c.callerName}` : ''} · {timeOf(c.startedAt)}
          </span>
          <Button onClick={() => setSelectedId(c.id)}>Xem người gọi</Button>
        </div>
      ))}
      <div className="staff-split hotline-split">
        <div className="hotline-main">
          {selected ? (
            <>
              <CallHead
                call={selected}
                testId="operator-call"
                meta={
                  <>
                    gọi lúc {timeOf(selected.startedAt)}
                    {selected.waitSeconds !== null && ` · chờ ${duration(selected.waitSeconds)}`}
                  </>
                }
              />
              <ScreenPopCard phone={selected.phone} unitId={selected.unitId} excludeCallId={selected.id} />
              {open(selected) && <TransferPanel key={selected.id} call={selected} />}
            </>
          ) : (
            <Card size="small">
              <Empty description="Khi có cuộc gọi đến, thông tin người gọi hiện ở đây." />
            </Card>
          )}
        </div>
        <div className="hotline-side">
          <CallPicker
            title="Cuộc gọi đang xử lý"
            empty="Chưa có cuộc gọi nào đang chờ."
            calls={active}
            selectedId={selected?.id}
            onSelect={setSelectedId}
            when={timeOf}
          />
          <Card size="small" title="Cần gọi lại">
            <CallbacksList openOnly />
          </Card>
        </div>
      </div>
    </div>
  );
}

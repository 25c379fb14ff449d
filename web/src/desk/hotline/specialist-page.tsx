/**
 * The specialist's console (/ban-lam-viec/tu-van): the calls the operator transferred to them, with the
 * operator's note and the caller's screen-pop; the catalogue and the checklist to send; the outcome; the
 * specialist's own presence. Live over SSE.
 */
import { useState } from 'react';
import { Alert, Card, Empty, Typography } from 'antd';
import type { CallView } from '../../../../src/domain/hotline/views.js';
import { useCurrentStaff } from '../../shared/auth.js';
import { CallHead, CallPicker } from './call-picker.js';
import { ChecklistPanel } from './checklist-panel.js';
import { dateTime, timeOf } from './format.js';
import { useDirectory } from './hotline-api.js';
import { LiveTag } from './live-tag.js';
import { chime } from './live.js';
import { OutcomeForm } from './outcome-form.js';
import { PresenceSwitch } from './presence-switch.js';
import { ScreenPopCard } from './screen-pop.js';
import { SentChecklists } from './sent-checklists.js';
import { useLiveCalls } from './use-live-calls.js';
import './hotline.css';

/** The leg that brought the call to this specialist (the last one in their name). */
const legOf = (call: CallView, staffId: string) => call.legs.findLast((l) => l.staffId === staffId);

export default function SpecialistPage() {
  const me = useCurrentStaff();
  const [selectedId, setSelectedId] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const { calls, live, error } = useLiveCalls({ mine: true }, (call, before) => {
    const leg = legOf(call, me.id);
    if (call.status === 'transferred' && leg && !(before && legOf(before, me.id))) {
      chime();
      setAnnouncement(`Tổng đài chuyển cuộc gọi từ số ${call.phoneDisplay}.`);
    }
  });
  const directory = useDirectory(undefined);
  const mine = calls.filter((c) => legOf(c, me.id));
  const waiting = mine.filter((c) => c.status === 'transferred');
  const selected = mine.find((c) => c.id === selectedId) ?? waiting[0] ?? mine[0];
  const leg = selected && legOf(selected, me.id);
  const operatorLeg = selected?.legs.find((l) => l.staffId !== me.id);

  return (
    <div className="staff-page hotline-page">
      <div className="staff-page-head">
        <Typography.Title level={1}>Tư vấn qua tổng đài</Typography.Title>
        <LiveTag state={live} />
      </div>
      <PresenceSwitch me={directory.data?.find((d) => d.staffId === me.id)} />
      <div className="hotline-sr" aria-live="assertive" role="status">
        {announcement}
      </div>
      {error && <Alert type="error" showIcon className="staff-banner" title={error.message} />}
      <div className="staff-split hotline-split">
        <div className="hotline-main">
          {selected && leg ? (
            <>
              <CallHead
                call={selected}
                testId="specialist-call"
                meta={
                  <>
                    chuyển lúc {timeOf(leg.startedAt)}
                    {operatorLeg?.staffName ? ` từ ${operatorLeg.staffName}` : ''}
                  </>
                }
              >
                <blockquote className="hotline-note" data-testid="operator-note">
                  {leg.note ? leg.note : 'Tổng đài không để lại ghi chú.'}
                </blockquote>
                <SentChecklists codes={selected.checklistsSent} />
              </CallHead>
              <ScreenPopCard phone={selected.phone} unitId={selected.unitId} excludeCallId={selected.id} />
              <ChecklistPanel key={`checklist-${selected.id}`} call={selected} />
              <OutcomeForm key={`outcome-${selected.id}`} call={selected} />
            </>
          ) : (
            <Card size="small">
              <Empty description="Khi tổng đài chuyển cuộc gọi cho bạn, thông tin người gọi hiện ở đây." />
            </Card>
          )}
        </div>
        <div className="hotline-side">
          <CallPicker
            title="Cuộc gọi chuyển cho tôi"
            empty="Chưa có cuộc gọi nào được chuyển cho bạn."
            calls={mine}
            selectedId={selected?.id}
            onSelect={setSelectedId}
            when={dateTime}
          />
        </div>
      </div>
    </div>
  );
}

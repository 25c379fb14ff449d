/**
 * The specialist's console (/ban-lam-viec/tu-van): the calls the operator transferred to them, with the
 * operator's note and the caller's screen-pop; the catalogue and the checklist to send; the outcome; the
 * specialist's own presence. Live over SSE.
 */
import { useState } from 'react';
import type { CallView } from '../../../../src/domain/hotline/views.js';
import { useCurrentStaff } from '../../shared/auth.js';
import { ChecklistPanel } from './checklist-panel.js';
import { ConsoleShell } from './console-shell.js';
import { dateTime, timeOf } from './format.js';
import { chime } from './live.js';
import { OutcomeForm } from './outcome-form.js';
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
  const mine = calls.filter((c) => legOf(c, me.id));
  const waiting = mine.filter((c) => c.status === 'transferred');
  const selected = mine.find((c) => c.id === selectedId) ?? waiting[0] ?? mine[0];
  const leg = selected && legOf(selected, me.id);
  const operatorLeg = selected?.legs.find((l) => l.staffId !== me.id);

  return (
    <ConsoleShell
      title="Tư vấn qua tổng đài"
      live={live}
      announcement={announcement}
      error={error}
      chosen={
        selected && leg
          ? {
              call: selected,
              testId: 'specialist-call',
              meta: (
                <>
                  chuyển lúc {timeOf(leg.startedAt)}
                  {operatorLeg?.staffName ? ` từ ${operatorLeg.staffName}` : ''}
                </>
              ),
              headNote: (
                <>
                  <blockquote className="hotline-note" data-testid="operator-note">
                    {leg.note ? leg.note : 'Tổng đài không để lại ghi chú.'}
                  </blockquote>
                  <SentChecklists codes={selected.checklistsSent} />
                </>
              ),
              panels: (
                <>
                  <ChecklistPanel key={`checklist-${selected.id}`} call={selected} />
                  <OutcomeForm key={`outcome-${selected.id}`} call={selected} />
                </>
              ),
            }
          : undefined
      }
      empty="Khi tổng đài chuyển cuộc gọi cho bạn, thông tin người gọi hiện ở đây."
      picker={{
        title: 'Cuộc gọi chuyển cho tôi',
        empty: 'Chưa có cuộc gọi nào được chuyển cho bạn.',
        calls: mine,
        when: dateTime,
      }}
      selectedId={selected?.id}
      onSelect={setSelectedId}
    />
  );
}

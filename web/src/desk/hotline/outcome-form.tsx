/** The specialist records how the call ended: guided, callback needed, complaint or other, with a note. */
import { useState } from 'react';
import { Alert, Button, Card, Input, Radio } from 'antd';
import {
  callOutcomeLabels,
  callOutcomes,
  type CallOutcome,
  type CallView,
} from '../../../../src/domain/hotline/views.js';
import { useRecordOutcome } from './hotline-api.js';

export function OutcomeForm({ call }: { call: CallView }) {
  const [outcome, setOutcome] = useState<CallOutcome | undefined>(call.outcome ?? undefined);
  const [note, setNote] = useState(call.outcomeNote ?? '');
  const record = useRecordOutcome();
  return (
    <Card size="small" title="Kết quả cuộc gọi">
      {call.outcome && (
        <Alert
          type="success"
          showIcon
          className="staff-banner"
          title={`Đã ghi: ${callOutcomeLabels[call.outcome]}${call.outcomeNote ? ` — ${call.outcomeNote}` : ''}`}
        />
      )}
      <Radio.Group
        className="hotline-outcomes"
        aria-label="Kết quả cuộc gọi"
        value={outcome}
        onChange={(e) => setOutcome(e.target.value as CallOutcome)}
        options={callOutcomes.map((o) => ({ value: o, label: callOutcomeLabels[o] }))}
      />
      <div className="hotline-form-row">
        <label htmlFor="hotline-outcome-note">Ghi chú</label>
        <Input.TextArea
          id="hotline-outcome-note"
          rows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {record.isError && (
        <Alert type="error" showIcon className="staff-banner" title={record.error.message} />
      )}
      <Button
        type="primary"
        disabled={!outcome}
        loading={record.isPending}
        onClick={() => outcome && record.mutate({ callId: call.id, outcome, note: note.trim() })}
      >
        Ghi kết quả
      </Button>
    </Card>
  );
}

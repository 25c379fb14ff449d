/**
 * The operator's hand-over: choose the caller's field, see who of that field can take the call (presence and
 * whether they are on a call now), write a note for the specialist and transfer.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Empty, Input, Radio, Select, Tag } from 'antd';
import { presenceLabels, type CallView } from '../../../../src/domain/hotline/views.js';
import { attemptKey, callerFields, useDirectory, useFieldList, useTransfer } from './hotline-api.js';
import { presenceClass } from './presence-switch.js';

export function TransferPanel({ call }: { call: CallView }) {
  const fields = useFieldList();
  const [field, setField] = useState<string | undefined>(call.fieldCode ?? undefined);
  const directory = useDirectory(field);
  const [staffId, setStaffId] = useState<string>();
  const [note, setNote] = useState('');
  const transfer = useTransfer();
  // A new attempt when what would be sent changes; a retry of the same one reuses its key.
  const key = useMemo(
    () => attemptKey() + (field ?? '') + (staffId ?? '') + note.length,
    [field, staffId, note],
  );
  const people = field ? (directory.data ?? []).filter((d) => d.fieldCodes.includes(field)) : [];
  const chosen = people.find((p) => p.staffId === staffId);
  return (
    <Card size="small" title="Chuyển cho chuyên viên" className="hotline-transfer">
      <div className="hotline-form-row">
        <label htmlFor="hotline-field">Lĩnh vực người gọi hỏi</label>
        <Select
          id="hotline-field"
          className="hotline-select"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="Chọn lĩnh vực"
          loading={fields.isPending}
          value={field}
          onChange={(v: string) => {
            setField(v);
            setStaffId(undefined);
          }}
          options={callerFields(fields.data ?? [], field).map((f) => ({ value: f.code, label: f.name }))}
        />
      </div>
      {field && directory.isSuccess && people.length === 0 && (
        <Empty description="Lĩnh vực này chưa có chuyên viên có máy lẻ." />
      )}
      {people.length > 0 && (
        <Radio.Group
          className="hotline-people"
          aria-label="Chuyên viên của lĩnh vực"
          value={staffId}
          onChange={(e) => setStaffId(e.target.value as string)}
        >
          {people.map((p) => (
            <Radio key={p.staffId} value={p.staffId} disabled={p.presence === 'away'}>
              <span className="hotline-person">
                <strong>{p.fullName}</strong> · máy lẻ {p.extension}{' '}
                <Tag className={presenceClass[p.presence]}>{presenceLabels[p.presence]}</Tag>
                {p.onCall && <Tag className="tag-bad">Đang nghe máy</Tag>}
                <span className="desk-muted"> {p.unitName}</span>
              </span>
            </Radio>
          ))}
        </Radio.Group>
      )}
      {chosen && (chosen.presence !== 'available' || chosen.onCall) && (
        <Alert
          type="warning"
          showIcon
          className="staff-banner"
          title={`${chosen.fullName} đang ${chosen.onCall ? 'nghe một cuộc gọi khác' : 'bận'}; người gọi có thể phải chờ.`}
        />
      )}
      <div className="hotline-form-row">
        <label htmlFor="hotline-note">Ghi chú cho chuyên viên</label>
        <Input.TextArea
          id="hotline-note"
          rows={3}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder="Người gọi hỏi về…"
        />
      </div>
      {transfer.isError && (
        <Alert type="error" showIcon className="staff-banner" title={transfer.error.message} />
      )}
      <Button
        type="primary"
        disabled={!field || !staffId}
        loading={transfer.isPending}
        onClick={() =>
          field &&
          staffId &&
          transfer.mutate(
            { callId: call.id, staffId, fieldCode: field, note: note.trim(), key },
            { onSuccess: () => setNote('') },
          )
        }
      >
        Chuyển máy
      </Button>
    </Card>
  );
}

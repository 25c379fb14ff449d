/** Callbacks to make (missed calls, callers who asked): due time, overdue marked, done with a note. */
import { useState } from 'react';
import { Alert, Button, Empty, Input, Space, Tag } from 'antd';
import type { Callback } from '../../../../src/domain/hotline/views.js';
import { useCallbackDone, useCallbacks } from './hotline-api.js';
import { dateTime } from './format.js';

function CallbackItem({ item, readOnly }: { item: Callback; readOnly: boolean }) {
  const [note, setNote] = useState('');
  const [open, setOpen] = useState(false);
  const done = useCallbackDone();
  const inputId = `callback-note-${item.id}`;
  return (
    <li className="hotline-callback" data-testid="callback">
      <div className="desk-card-head">
        <span>
          <a href={`tel:${item.phone}`} className="desk-nowrap">
            <strong>{item.phoneDisplay}</strong>
          </a>{' '}
          {item.callerName ?? ''}
        </span>
        <span>
          {item.doneAt ? (
            <Tag className="tag-ok">Đã gọi lại</Tag>
          ) : item.overdue ? (
            <Tag className="tag-bad">Quá hạn</Tag>
          ) : null}
          <Tag>{item.reason === 'missed' ? 'Gọi nhỡ' : 'Hẹn gọi lại'}</Tag>
        </span>
      </div>
      <div className="desk-muted">
        Cuộc gọi <span className="desk-code">{item.reference}</span> · Gọi lại trước {dateTime(item.dueAt)}
      </div>
      {item.doneAt && (
        <div className="desk-muted">
          Đã gọi lại {dateTime(item.doneAt)}
          {item.doneBy ? ` (${item.doneBy})` : ''}
          {item.note ? `: ${item.note}` : ''}
        </div>
      )}
      {!readOnly && !item.doneAt && !open && (
        <Button size="small" onClick={() => setOpen(true)}>
          Đánh dấu đã gọi lại
        </Button>
      )}
      {!readOnly && !item.doneAt && open && (
        <div className="hotline-form-row">
          <label htmlFor={inputId}>Kết quả gọi lại</label>
          <Space.Compact className="hotline-compact">
            <Input
              id={inputId}
              value={note}
              maxLength={500}
              onChange={(e) => setNote(e.target.value)}
              placeholder="Đã hướng dẫn…"
            />
            <Button
              type="primary"
              loading={done.isPending}
              onClick={() => done.mutate({ id: item.id, note: note.trim() })}
            >
              Xong
            </Button>
          </Space.Compact>
          {done.isError && <Alert type="error" showIcon title={done.error.message} />}
        </div>
      )}
    </li>
  );
}

/** `unitId`: whose hotline (default: the person's); `readOnly`: for those who read the hotline but do not work it. */
export function CallbacksList({
  openOnly = false,
  unitId,
  readOnly = false,
}: {
  openOnly?: boolean;
  unitId?: string | undefined;
  readOnly?: boolean;
}) {
  const callbacks = useCallbacks(unitId);
  if (callbacks.isError) return <Alert type="error" showIcon title={callbacks.error.message} />;
  const items = (callbacks.data ?? []).filter((c) => !openOnly || !c.doneAt);
  if (callbacks.isSuccess && items.length === 0)
    return <Empty description="Không có cuộc gọi cần gọi lại." />;
  return (
    <ul className="desk-cards" aria-label="Cuộc gọi cần gọi lại">
      {items.map((c) => (
        <CallbackItem key={c.id} item={c} readOnly={readOnly} />
      ))}
    </ul>
  );
}

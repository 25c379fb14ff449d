/** A console's list of calls to work on: one button per call, the selected one pressed. */
import type { ReactNode } from 'react';
import { Card, Empty, Tag } from 'antd';
import type { CallView } from '../../../../src/domain/hotline/views.js';
import { callStatusLabels, callStatusTag } from './format.js';

export function CallPicker(props: {
  title: string;
  empty: string;
  calls: CallView[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** How the call's start is written: the time alone on the live console, the date too where calls are older. */
  when: (iso: string) => string;
}) {
  const { calls, selectedId } = props;
  return (
    <Card size="small" title={`${props.title} (${calls.length})`}>
      {calls.length === 0 ? (
        <Empty description={props.empty} />
      ) : (
        <ul className="desk-cards" aria-label={props.title}>
          {calls.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className={`hotline-call-button${c.id === selectedId ? ' is-selected' : ''}`}
                aria-pressed={c.id === selectedId}
                onClick={() => props.onSelect(c.id)}
              >
                <strong>{c.phoneDisplay}</strong> {c.callerName ?? ''}
                <span className="desk-muted">
                  {' '}
                  {props.when(c.startedAt)} · {callStatusLabels[c.status]}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/**
 * The selected call's head on a console: the caller's phone, the call's status and reference, then what the console
 * says of it (`meta`: when it came, from whom), and below whatever else the console shows there.
 */
export function CallHead(props: { call: CallView; testId: string; meta: ReactNode; children?: ReactNode }) {
  const { call } = props;
  return (
    <Card size="small" className="hotline-call-head" data-testid={props.testId}>
      <span className="hotline-call-phone">{call.phoneDisplay}</span>{' '}
      <Tag className={callStatusTag[call.status]}>{callStatusLabels[call.status]}</Tag>
      <span className="desk-muted hotline-call-meta">
        Mã cuộc gọi <span className="desk-code">{call.reference}</span> · {props.meta}
      </span>
      {props.children}
    </Card>
  );
}

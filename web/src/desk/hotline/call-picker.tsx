/** A console's list of calls to work on: one button per call, the selected one pressed. */
import { Card, Empty } from 'antd';
import type { CallView } from '../../../../src/domain/hotline/views.js';
import { callStatusLabels } from './format.js';

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

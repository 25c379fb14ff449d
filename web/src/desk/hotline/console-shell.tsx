/**
 * What the operator's and the specialist's consoles share: the title with the live stream's state, the person's
 * own presence, the screen readers' announcement of a new call, the error, and the two columns — the call chosen
 * with the caller's screen-pop (or what will show there) and the list to choose from.
 */
import type { ComponentProps, ReactNode } from 'react';
import { Alert, Card, Empty, Typography } from 'antd';
import { useCurrentStaff } from '../../shared/auth.js';
import { CallHead, CallPicker } from './call-picker.js';
import { useDirectory } from './hotline-api.js';
import { LiveTag } from './live-tag.js';
import type { LiveState } from './live.js';
import { PresenceSwitch } from './presence-switch.js';
import { ScreenPopCard } from './screen-pop.js';

export function ConsoleShell(props: {
  title: string;
  live: LiveState;
  /** Beside the live state in the head (the operator's chime switch). */
  headActions?: ReactNode;
  announcement: string;
  error: Error | null;
  /** Under the error, above the columns (the operator's ringing calls). */
  banner?: ReactNode;
  /**
   * The call chosen: its head (CallHead's test id, when it came and what is under it), the caller's screen-pop,
   * then the page's panels; none shows `empty` instead.
   */
  chosen:
    | (Omit<ComponentProps<typeof CallHead>, 'children'> & { headNote?: ReactNode; panels: ReactNode })
    | undefined;
  empty: string;
  /** The calls to choose from, beside the call chosen (CallPicker's list, title and words). */
  picker: Omit<ComponentProps<typeof CallPicker>, 'selectedId' | 'onSelect'>;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** Under the calls to choose from (the operator's callbacks). */
  side?: ReactNode;
}) {
  const me = useCurrentStaff();
  const directory = useDirectory(undefined);
  const { chosen } = props;
  return (
    <div className="staff-page hotline-page">
      <div className="staff-page-head">
        <Typography.Title level={1}>{props.title}</Typography.Title>
        {props.headActions ? (
          <div className="desk-head-actions">
            <LiveTag state={props.live} />
            {props.headActions}
          </div>
        ) : (
          <LiveTag state={props.live} />
        )}
      </div>
      <PresenceSwitch me={directory.data?.find((d) => d.staffId === me.id)} />
      <div className="hotline-sr" aria-live="assertive" role="status">
        {props.announcement}
      </div>
      {props.error && <Alert type="error" showIcon className="staff-banner" title={props.error.message} />}
      {props.banner}
      <div className="staff-split hotline-split">
        <div className="hotline-main">
          {chosen ? (
            <>
              <CallHead call={chosen.call} testId={chosen.testId} meta={chosen.meta}>
                {chosen.headNote}
              </CallHead>
              <ScreenPopCard
                phone={chosen.call.phone}
                unitId={chosen.call.unitId}
                excludeCallId={chosen.call.id}
              />
              {chosen.panels}
            </>
          ) : (
            <Card size="small">
              <Empty description={props.empty} />
            </Card>
          )}
        </div>
        <div className="hotline-side">
          <CallPicker {...props.picker} selectedId={props.selectedId} onSelect={props.onSelect} />
          {props.side}
        </div>
      </div>
    </div>
  );
}

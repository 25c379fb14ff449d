/** The signed-in officer's own presence (available / busy / away), as the directory shows it to the operator. */
import { Radio } from 'antd';
import {
  presenceLabels,
  presenceStates,
  type DirectoryEntry,
  type Presence,
} from '../../../../src/domain/hotline/views.js';
import { useSetPresence } from './hotline-api.js';

export function PresenceSwitch({ me }: { me: DirectoryEntry | undefined }) {
  const set = useSetPresence();
  const value: Presence | undefined = set.isPending ? set.variables : me?.presence;
  return (
    <div className="hotline-presence" role="group" aria-labelledby="hotline-presence-label">
      <span id="hotline-presence-label">Trạng thái của tôi:</span>
      <Radio.Group
        optionType="button"
        buttonStyle="solid"
        value={value}
        disabled={!me}
        onChange={(e) => set.mutate(e.target.value as Presence)}
        options={presenceStates.map((p) => ({ value: p, label: presenceLabels[p] }))}
      />
      {set.isError && (
        <span role="alert" className="hotline-error">
          {set.error.message}
        </span>
      )}
    </div>
  );
}

export const presenceClass: Record<Presence, string> = {
  available: 'tag-ok',
  busy: 'tag-bad',
  away: 'hotline-tag-away',
};

/**
 * The desk's "online, to accept" list as the browser reads it (GET /api/desk/online-intake), shared by its page and
 * the menu's count badge. Under the 'dossiers' key, so that any action on a dossier refreshes both.
 */
import { useQuery } from '@tanstack/react-query';
import { Badge } from 'antd';
import { onlineApi } from '../../../src/contracts/online-api.js';
import { call } from '../shared/client.js';

export const onlineIntakeKey = ['dossiers', 'online-intake'] as const;

/** Refreshed every minute: the countdown moves and new submissions arrive. */
export function useOnlineIntake() {
  return useQuery({
    queryKey: onlineIntakeKey,
    queryFn: () => call(onlineApi.intake),
    refetchInterval: 60_000,
  });
}

/** The menu's count: how many wait, red when one of them is late; nothing when none wait. */
export function OnlineIntakeBadge() {
  const list = useOnlineIntake();
  const total = list.data?.total ?? 0;
  if (total === 0) return null;
  const late = list.data?.late ?? 0;
  return (
    <Badge
      count={total}
      className="desk-menu-badge"
      color={late > 0 ? '#a8071a' : '#595959'}
      title={late > 0 ? `${total} hồ sơ chờ tiếp nhận, ${late} quá hạn` : `${total} hồ sơ chờ tiếp nhận`}
      aria-label={late > 0 ? `${total} hồ sơ chờ tiếp nhận, ${late} quá hạn` : `${total} hồ sơ chờ tiếp nhận`}
    />
  );
}

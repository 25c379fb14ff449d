/**
 * The "online, to accept" list's rules: how long a reception officer has to accept (or answer) a dossier submitted
 * online, counted in working time on the unit's calendar from the submission, and who works the list. The default
 * is a setting (ONLINE_ACCEPT_HOURS, docs/DECISIONS.md "Time to accept an online dossier"). Shared with the browser.
 */
import { MS_PER_HOUR, MS_PER_MINUTE } from '../calendar/time-zone.js';
import { addWorkingTime, workingTimeBetween, type WorkingCalendar } from '../calendar/working-time.js';
import { roleGrants, type Actor, type Role } from '../org/roles.js';

/** Working hours to accept or answer an online dossier, unless configured otherwise. */
export const ONLINE_ACCEPT_HOURS_DEFAULT = 8;

/** Who works the list: the unit's reception officers, and its leaders (and those of the units above) to oversee. */
export const onlineIntakeRoles: readonly Role[] = ['reception_officer', 'leader'];

/** Whether the actor works the online list of the unit at `unitPath` (root first, itself last). */
export function mayWorkOnlineIntake(actor: Pick<Actor, 'roles'>, unitPath: readonly string[]): boolean {
  const unit = unitPath[unitPath.length - 1];
  return actor.roles.some(
    (a) =>
      onlineIntakeRoles.includes(a.role) &&
      (roleGrants[a.role].scope === 'subtree' ? unitPath.includes(a.unitId) : a.unitId === unit),
  );
}

export interface AcceptWindow {
  /** The instant by which the dossier must be accepted or answered. */
  acceptBy: number;
  /** Working minutes left (negative: working minutes late), rounded down towards lateness. */
  minutesLeft: number;
  late: boolean;
}

/** The time to accept a dossier submitted at `submittedAt`, seen at `now`, on the unit's working calendar. */
export function acceptWindow(
  cal: WorkingCalendar,
  submittedAt: number,
  hours: number,
  now: number,
): AcceptWindow {
  const acceptBy = addWorkingTime(cal, submittedAt, hours * MS_PER_HOUR);
  const late = now >= acceptBy;
  const minutesLeft = late
    ? -Math.ceil(workingTimeBetween(cal, acceptBy, now) / MS_PER_MINUTE)
    : Math.floor(workingTimeBetween(cal, now, acceptBy) / MS_PER_MINUTE);
  return { acceptBy, minutesLeft, late };
}

/** "Còn 3 giờ 20 phút" / "Quá hạn 45 phút" (working time), as the list shows it. */
export function acceptLeftText(minutesLeft: number, late: boolean): string {
  const m = Math.abs(minutesLeft);
  const h = Math.floor(m / 60);
  const span = [h > 0 ? `${h} giờ` : '', m % 60 > 0 || h === 0 ? `${m % 60} phút` : '']
    .filter(Boolean)
    .join(' ');
  // Late outside working hours: no working minute has passed since the limit, but it is passed.
  if (late) return m === 0 ? 'Quá hạn' : `Quá hạn ${span}`;
  return `Còn ${span}`;
}

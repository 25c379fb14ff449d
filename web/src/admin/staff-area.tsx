/**
 * A staff area (admin, desk, service point): signed-in staff only, in the staff frame (shared/staff-shell.tsx) with
 * the account's password change (password-modal.tsx); `frame` gives the frame's settings for the person signed in.
 */
import { RequireStaff, useCurrentStaff, type Me } from '../shared/auth.js';
import { StaffProviders } from '../shared/staff-providers.js';
import { StaffShell, type ShellEntry, type StaffShellProps } from '../shared/staff-shell.js';
import { usePasswordChange } from './password-modal.js';

type Frame<E extends ShellEntry> = Omit<StaffShellProps<E>, 'accountItems' | 'banner' | 'children'>;

function AreaLayout<E extends ShellEntry>({ frame }: { frame: (me: Me) => Frame<E> }) {
  const me = useCurrentStaff();
  const password = usePasswordChange();
  return <StaffShell {...frame(me)} {...password} />;
}

export function StaffArea<E extends ShellEntry>({ frame }: { frame: (me: Me) => Frame<E> }) {
  return (
    <StaffProviders>
      <RequireStaff>
        <AreaLayout frame={frame} />
      </RequireStaff>
    </StaffProviders>
  );
}

/**
 * Whether the citizen's pages run in kiosk mode (kiosk.tsx) and where they live, and the sign-out both modes share
 * (the server's session is ended, the cached answers forgotten).
 */
import { createContext, useCallback, useContext } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { citizenApi } from '../../../src/contracts/citizen-api.js';
import { call } from '../shared/client.js';

export const KIOSK_BASE = '/cong-dan/kiosk';

/** Where the citizen's pages live: `/cong-dan` normally, `/cong-dan/kiosk` in kiosk mode. */
export const CitizenBase = createContext('/cong-dan');
export const useCitizenBase = () => useContext(CitizenBase);
/** Whether the pages run in kiosk mode (the sign-in keeps no cookie past the browser). */
export const useKiosk = () => useCitizenBase() === KIOSK_BASE;

/** Ends the citizen's session on the server and forgets it here, then goes to `to`. */
export function useCitizenSignOut(to: string) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    try {
      await call(citizenApi.logout);
    } catch {
      // The session may already be over: the server cleared the cookies if it could.
    }
    queryClient.removeQueries({ queryKey: ['citizen'] });
    void navigate(to, { replace: true });
  }, [navigate, queryClient, to]);
}

/**
 * One query parameter of the page URL as component state. The router applies a URL change as a transition, so a
 * radio group bound straight to the URL snaps back for a moment after a click (and a quick second click reads the old
 * URL). The value set here is shown at once and kept until the URL has caught up; a change of the URL from elsewhere
 * (the back button, a link) wins.
 */
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

export function useSearchParam(name: string) {
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get(name);
  const [pending, setPending] = useState<{ value: string | null } | undefined>(undefined);
  useEffect(() => setPending(undefined), [fromUrl]);
  const value = pending ? pending.value : fromUrl;
  const setValue = (next: string | null) => {
    setPending({ value: next });
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (next) p.set(name, next);
        else p.delete(name);
        return p;
      },
      { replace: true, preventScrollReset: true },
    );
  };
  return [value, setValue] as const;
}

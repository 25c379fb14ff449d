/**
 * The hotline's live stream (GET /api/hotline/live, Server-Sent Events): `call`, `presence` and `callback` frames.
 * The browser's EventSource reconnects by itself after a dropped connection; when the server refuses or closes it
 * for good (readyState CLOSED), this hook opens a new one after a growing pause (1 s … 30 s). Every (re)connection
 * refetches the hotline queries, so nothing changed while offline is missed.
 */
import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { HotlineLiveFrames } from '../../../../src/domain/hotline/views.js';
import { hotlineKeys } from './hotline-api.js';

export type LiveState = 'connecting' | 'open' | 'retrying';

export type LiveHandlers = { [K in keyof HotlineLiveFrames]?: (frame: HotlineLiveFrames[K]) => void };

const frameNames = ['call', 'presence', 'callback'] as const satisfies readonly (keyof HotlineLiveFrames)[];

export function useHotlineLive(handlers: LiveHandlers): LiveState {
  const client = useQueryClient();
  const ref = useRef(handlers);
  ref.current = handlers;
  const [state, setState] = useState<LiveState>('connecting');
  useEffect(() => {
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pause = 1000;
    let stopped = false;
    const open = () => {
      source = new EventSource('/api/hotline/live', { withCredentials: true });
      source.onopen = () => {
        pause = 1000;
        setState('open');
        void client.invalidateQueries({ queryKey: hotlineKeys.all });
      };
      source.onerror = () => {
        if (stopped) return;
        setState('retrying');
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          timer = setTimeout(open, pause);
          pause = Math.min(pause * 2, 30_000);
        }
      };
      for (const name of frameNames) {
        source.addEventListener(name, (e: MessageEvent<string>) => {
          const handler = ref.current[name] as ((f: unknown) => void) | undefined;
          try {
            handler?.(JSON.parse(e.data));
          } catch {
            // A frame that is not JSON is ignored; the next refetch brings the truth.
          }
        });
      }
    };
    open();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      source?.close();
    };
  }, [client]);
  return state;
}

/** A short two-tone chime through Web Audio; silently nothing when the browser does not allow sound yet. */
export function chime(): void {
  try {
    const Ctx = window.AudioContext;
    if (!Ctx) return;
    const ctx = new Ctx();
    if (ctx.state === 'suspended') {
      void ctx.close();
      return;
    }
    const gain = ctx.createGain();
    gain.gain.value = 0.15;
    gain.connect(ctx.destination);
    [880, 660].forEach((freq, i) => {
      const osc = ctx.createOscillator();
      osc.frequency.value = freq;
      osc.connect(gain);
      osc.start(ctx.currentTime + i * 0.25);
      osc.stop(ctx.currentTime + i * 0.25 + 0.2);
    });
    setTimeout(() => void ctx.close(), 800);
  } catch {
    // No sound: the banner and the announcement still tell the operator.
  }
}

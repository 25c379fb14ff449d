/**
 * The lobby display (/man-hinh/:agencyId), full screen on a TV: the number now served at each counter, the next
 * numbers per field, and each call announced with a chime (Web Audio) and spoken in Vietnamese where the browser
 * can ("Mời số HT-012 đến quầy 3"). Live over Server-Sent Events; EventSource reconnects by itself and every
 * connection starts with a full snapshot, so a display recovers after a network cut or a server restart.
 * Browsers allow sound only after a touch: the "Bật âm thanh" button arms it once. On a no-writing or no-appointment
 * day a banner says so.
 */
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { formatCount, formatMinutes } from '../../../../src/domain/format/format.js';
import { callSentence } from '../../../../src/domain/queue/ticket.js';
import { DayModeBanner } from './day-mode-banner.js';
import type { CallEvent, DisplaySnapshot } from '../../../../src/contracts/queue.js';
import './queue.css';

function chime(ctx: AudioContext) {
  const start = ctx.currentTime;
  [880, 660].forEach((freq, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, start + i * 0.45);
    gain.gain.exponentialRampToValueAtTime(0.4, start + i * 0.45 + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.45 + 0.4);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start + i * 0.45);
    osc.stop(start + i * 0.45 + 0.42);
  });
}

function speak(text: string) {
  if (!('speechSynthesis' in window)) return;
  const u = new SpeechSynthesisUtterance(text);
  u.lang = 'vi-VN';
  const voice = window.speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith('vi'));
  if (voice) u.voice = voice;
  window.speechSynthesis.speak(u);
}

export default function DisplayPage() {
  const { agencyId = '' } = useParams();
  const [snapshot, setSnapshot] = useState<DisplaySnapshot | null>(null);
  const [call, setCall] = useState<CallEvent | null>(null);
  const [connected, setConnected] = useState(false);
  const audio = useRef<AudioContext | null>(null);
  const [sound, setSound] = useState(false);

  useEffect(() => {
    const source = new EventSource(`/api/public/queue/${encodeURIComponent(agencyId)}/events`);
    source.addEventListener('open', () => setConnected(true));
    source.addEventListener('error', () => setConnected(false));
    source.addEventListener('snapshot', (e) =>
      setSnapshot(JSON.parse((e as MessageEvent<string>).data) as DisplaySnapshot),
    );
    source.addEventListener('call', (e) => {
      const c = JSON.parse((e as MessageEvent<string>).data) as CallEvent;
      setCall(c);
      if (audio.current) {
        chime(audio.current);
        setTimeout(() => speak(callSentence(c.number, c.counterNumber)), 900);
      }
    });
    return () => source.close();
  }, [agencyId]);

  function enableSound() {
    audio.current ??= new AudioContext();
    void audio.current.resume();
    setSound(true);
  }

  return (
    <main className="queue-screen display" data-connected={connected}>
      <header className="display-header">
        <h1>{snapshot?.unit.name ?? 'Màn hình gọi số'}</h1>
        {!sound && (
          <button type="button" className="display-sound" onClick={enableSound}>
            Bật âm thanh
          </button>
        )}
        {!connected && (
          <p className="display-offline" role="status">
            Đang kết nối lại…
          </p>
        )}
      </header>
      <DayModeBanner agencyId={agencyId} />
      {call && (
        <section className="display-call" aria-live="assertive" data-testid="display-call">
          Mời số <strong>{call.number}</strong> đến quầy <strong>{call.counterNumber}</strong>
        </section>
      )}
      <div className="display-body">
        <section className="display-counters" aria-label="Đang phục vụ">
          <h2>Đang phục vụ</h2>
          <ul>
            {snapshot?.counters.map((c) => (
              <li key={c.number} className={c.staffed ? '' : 'closed'}>
                <span className="display-counter">Quầy {c.number}</span>
                <span className="display-counter-label">{c.label ?? ''}</span>
                <span className="display-serving" data-testid={`counter-${c.number}`}>
                  {c.ticket?.number ?? (c.staffed ? '—' : 'Tạm nghỉ')}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section className="display-next" aria-label="Số tiếp theo">
          <h2>Số tiếp theo</h2>
          <ul>
            {snapshot?.fields.map((f) => (
              <li key={f.code}>
                <span className="display-field">{f.name}</span>
                {f.next.length ? (
                  <span className="display-numbers">{f.next.join('  ')}</span>
                ) : (
                  <span className="display-wait">Không có người chờ</span>
                )}
                {f.waiting > 0 && (
                  <span className="display-wait">
                    {formatCount(f.waiting, 'người')} chờ · khoảng {formatMinutes(f.waitMinutes)}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </main>
  );
}

/**
 * `motcua hotline simulate [--url URL] [--secret S] [--line NUMBER] [--calls N] [--rate PER_SECOND] [--seed N]
 *  [--operator EXT] [--specialists EXT,EXT…]` plays realistic calls into a running motcua, as a PBX would: ringing →
 * answered by the operator → transferred to a specialist → hang-up; some missed (hang-up before any answer), some
 * answered by the operator only, and some posted out of order (the hang-up before the transfer, the answer before
 * the ringing). Every event is signed with the secret (HOTLINE_SECRET, else the development value). Prints one line.
 */
import { DEV_HOTLINE_SECRET } from '../config.js';
import { parseHotlinePhone } from '../domain/hotline/phone.js';
import { signEvent } from '../services/hotline/signature.js';
import type { CallEvent } from '../domain/hotline/views.js';
import { optionSpec, type GroupCommand, type LeafCommand } from './help.js';
import { UsageError, type CliIo } from './io.js';
import { parseOptions } from './options.js';

export interface SimulateOptions {
  url: string;
  secret: string;
  line: string;
  calls: number;
  rate: number;
  seed: number;
  operator: string;
  specialists: string[];
}

const positiveInt = (name: string, text: string, max: number) => {
  if (!/^\d{1,7}$/.test(text) || Number(text) < 1 || Number(text) > max) {
    throw new UsageError(`--${name} phải là số nguyên từ 1 đến ${max}, nhận được ${JSON.stringify(text)}`);
  }
  return Number(text);
};

/** Where the calls go by default: PUBLIC_URL, else this machine at PORT (3000 by default), as the server starts. */
export function defaultUrl(env: NodeJS.ProcessEnv): string {
  if (env.PUBLIC_URL) return env.PUBLIC_URL;
  const port = env.PORT || '3000';
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    throw new UsageError(`PORT phải là số cổng từ 1 đến 65535, nhận được ${JSON.stringify(port)}`);
  }
  return `http://127.0.0.1:${Number(port)}`;
}

export function parseSimulateArgs(args: string[], env: NodeJS.ProcessEnv = process.env): SimulateOptions {
  const { values } = parseOptions(args, optionSpec(simulateCommand));
  const url = (values.get('url') ?? defaultUrl(env)).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(url)) {
    const from = values.has('url') ? '--url' : 'PUBLIC_URL';
    throw new UsageError(`${from} phải là địa chỉ http(s), nhận được ${JSON.stringify(url)}`);
  }
  const line = values.get('line') ?? '0237 3899 001';
  if (!parseHotlinePhone(line))
    throw new UsageError(`--line không phải số điện thoại: ${JSON.stringify(line)}`);
  const secret = values.get('secret') ?? (env.HOTLINE_SECRET || DEV_HOTLINE_SECRET);
  if (secret === '') throw new UsageError('--secret không được để trống');
  const rateText = values.get('rate') ?? '5';
  if (!/^\d{1,5}(\.\d{1,3})?$/.test(rateText) || Number(rateText) <= 0 || Number(rateText) > 10_000) {
    throw new UsageError(
      `--rate phải là số sự kiện mỗi giây (0–10000), nhận được ${JSON.stringify(rateText)}`,
    );
  }
  const extension = /^[0-9]{2,8}$/;
  const operator = values.get('operator') ?? '200';
  const specialists = (values.get('specialists') ?? '211,212,213').split(',').map((s) => s.trim());
  for (const e of [operator, ...specialists]) {
    if (!extension.test(e)) throw new UsageError(`máy lẻ không hợp lệ: ${JSON.stringify(e)}`);
  }
  return {
    url,
    secret,
    line,
    calls: positiveInt('calls', values.get('calls') ?? '10', 100_000),
    rate: Number(rateText),
    seed: values.has('seed') ? positiveInt('seed', values.get('seed')!, 2 ** 31 - 1) : Date.now() % 1_000_000,
    operator,
    specialists,
  };
}

/** A small seeded generator (mulberry32): the same seed plays the same calls. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type CallKind = 'routed' | 'operator_only' | 'missed';

export interface SimulatedCall {
  kind: CallKind;
  /** Out of order: two events are posted in the other order than they happened. */
  shuffled: boolean;
  /** In the order they are posted. */
  events: CallEvent[];
}

/** The calls to play, starting at `now` (epoch ms), one every few seconds of PBX time. */
export function generateCalls(
  o: Pick<SimulateOptions, 'calls' | 'seed' | 'line' | 'operator' | 'specialists'>,
  now: number,
): SimulatedCall[] {
  const random = seededRandom(o.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const calls: SimulatedCall[] = [];
  for (let i = 0; i < o.calls; i++) {
    const callId = `sim-${o.seed}-${i + 1}`;
    const start = now + i * 3000;
    const at = (seconds: number) => new Date(start + seconds * 1000).toISOString();
    const caller =
      random() < 0.9
        ? `0${pick(['9', '8', '3', '7'])}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`
        : `0237${String(3_000_000 + Math.floor(random() * 999_999))}`;
    const roll = random();
    const kind: CallKind = roll < 0.7 ? 'routed' : roll < 0.85 ? 'operator_only' : 'missed';
    const ring = 3 + Math.floor(random() * 25);
    const events: CallEvent[] = [{ callId, event: 'ringing', at: at(0), caller, called: o.line }];
    if (kind === 'missed') {
      events.push({ callId, event: 'hangup', at: at(ring), durationSeconds: ring });
    } else {
      events.push({ callId, event: 'answered', at: at(ring), extension: o.operator });
      let end = ring + 20 + Math.floor(random() * 60);
      if (kind === 'routed') {
        events.push({
          callId,
          event: 'transferred',
          at: at(end),
          extension: o.operator,
          toExtension: pick(o.specialists),
        });
        end += 60 + Math.floor(random() * 240);
      }
      events.push({ callId, event: 'hangup', at: at(end), durationSeconds: end });
    }
    const shuffled = events.length > 2 && random() < 0.15;
    if (shuffled) {
      const k = Math.floor(random() * (events.length - 1));
      [events[k], events[k + 1]] = [events[k + 1]!, events[k]!];
    }
    calls.push({ kind, shuffled, events });
  }
  return calls;
}

/** Events of all calls in posting order: call after call, each call's events in their (possibly swapped) order. */
export function postingOrder(calls: readonly SimulatedCall[]): CallEvent[] {
  return calls.flatMap((c) => c.events);
}

async function runSimulate(args: string[], io: CliIo): Promise<number> {
  const o = parseSimulateArgs(args);
  const calls = generateCalls(o, Date.now());
  const events = postingOrder(calls);
  const gap = 1000 / o.rate;
  const started = Date.now();
  let accepted = 0;
  let duplicates = 0;
  const refused: string[] = [];
  for (const [i, event] of events.entries()) {
    const wait = started + i * gap - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const body = JSON.stringify(event);
    const timestamp = Math.floor(Date.now() / 1000);
    let res: Response;
    try {
      res = await fetch(`${o.url}/api/hotline/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-motcua-timestamp': String(timestamp),
          'x-motcua-signature': signEvent(o.secret, timestamp, body),
        },
        body,
      });
    } catch (err) {
      io.err(`motcua hotline: không kết nối được ${o.url} (${(err as Error).message})`);
      return 1;
    }
    const answer = (await res.json().catch(() => ({}))) as { duplicate?: boolean; error?: { code?: string } };
    if (res.ok) {
      if (answer.duplicate) duplicates++;
      else accepted++;
    } else refused.push(`${event.callId}/${event.event}: ${res.status} ${answer.error?.code ?? ''}`.trim());
  }
  const seconds = (Date.now() - started) / 1000;
  const count = (k: CallKind) => calls.filter((c) => c.kind === k).length;
  io.out(
    `hotline simulate: ${calls.length} calls (${count('routed')} routed, ${count('operator_only')} operator only, ` +
      `${count('missed')} missed, ${calls.filter((c) => c.shuffled).length} out of order), ${events.length} events: ` +
      `${accepted} accepted, ${duplicates} duplicates, ${refused.length} refused` +
      (refused.length ? ` (${refused.slice(0, 3).join('; ')})` : '') +
      ` in ${seconds.toFixed(1)} s, seed ${o.seed}`,
  );
  return refused.length ? 1 : 0;
}

const simulateCommand: LeafCommand = {
  summary: {
    vi: 'Phát các cuộc gọi mô phỏng có chữ ký vào một motcua đang chạy, như một tổng đài',
    en: 'Play signed simulated calls into a running motcua, as a PBX would',
  },
  options: [
    {
      name: 'url',
      value: 'URL',
      vi: 'Địa chỉ máy chủ (mặc định PUBLIC_URL, nếu không có thì http://127.0.0.1:$PORT, PORT mặc định 3000)',
      en: 'The server address (default PUBLIC_URL, else http://127.0.0.1:$PORT, PORT 3000 by default)',
    },
    {
      name: 'secret',
      value: 'S',
      vi: 'Khóa ký sự kiện (mặc định HOTLINE_SECRET, nếu không có thì giá trị phát triển)',
      en: 'The signing secret (default HOTLINE_SECRET, else the development value)',
    },
    {
      name: 'line',
      value: 'NUMBER',
      vi: 'Số đường dây được gọi (mặc định 0237 3899 001)',
      en: 'The line called (default 0237 3899 001)',
    },
    { name: 'calls', value: 'N', vi: 'Số cuộc gọi (mặc định 10)', en: 'How many calls (default 10)' },
    {
      name: 'rate',
      value: 'PER_SECOND',
      vi: 'Số sự kiện gửi mỗi giây (mặc định 5)',
      en: 'Events posted per second (default 5)',
    },
    {
      name: 'seed',
      value: 'N',
      vi: 'Hạt giống ngẫu nhiên: cùng hạt giống phát cùng các cuộc gọi',
      en: 'Random seed: the same seed plays the same calls',
    },
    {
      name: 'operator',
      value: 'EXT',
      vi: 'Máy lẻ của tổng đài viên (mặc định 200)',
      en: "The operator's extension (default 200)",
    },
    {
      name: 'specialists',
      value: 'EXT,EXT…',
      vi: 'Máy lẻ của chuyên viên nhận chuyển (mặc định 211,212,213)',
      en: "The specialists' extensions calls are transferred to (default 211,212,213)",
    },
  ],
  notes: {
    vi: `Có cuộc được chuyển chuyên viên, cuộc chỉ tổng đài viên nghe, cuộc gọi nhỡ, và vài sự kiện gửi sai thứ tự.
In một dòng kết quả; mã 1 khi có sự kiện bị từ chối.`,
    en: `Some calls are routed to a specialist, some answered by the operator only, some missed, and a few events are
posted out of order. Prints one line; exit 1 when an event is refused.`,
  },
  run: runSimulate,
};

export const hotlineCommand: GroupCommand = {
  summary: { vi: 'Tổng đài hỗ trợ', en: 'The hotline' },
  subcommands: { simulate: simulateCommand },
};

/**
 * The development provider: every message is appended as one JSON line to a file in the data directory, so a
 * developer (or a browser test) can read what a citizen would have received. Not a real channel: production
 * configures SMS/email/Zalo providers instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OutgoingMessage, Provider } from './provider.js';

export function fileProvider(file: string): Provider {
  let dirReady = false;
  return {
    name: 'file',
    channels: ['sms', 'email', 'zalo'],
    async send(message: OutgoingMessage) {
      if (!dirReady) {
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        dirReady = true;
      }
      const line = JSON.stringify({
        at: new Date().toISOString(),
        id: message.id,
        channel: message.channel,
        to: message.recipient,
        body: message.body,
      });
      await fs.promises.appendFile(file, line + '\n', 'utf8');
      return { ok: true, providerRef: message.id };
    },
  };
}

/** Reads the messages the file provider wrote (newest last). */
export function readFileMessages(
  file: string,
): { at: string; id: string; channel: string; to: string; body: string }[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { at: string; id: string; channel: string; to: string; body: string });
}

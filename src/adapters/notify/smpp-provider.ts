/**
 * SMS over SMPP 3.4 (the `smpp` package): one transceiver bind to the SMSC, opened on the first message and again
 * after it drops; submit_sm with a delivery receipt requested; the SMSC's message id is kept so that the receipt
 * (a deliver_sm marked as an SMSC delivery receipt, "id:… stat:DELIVRD …") is matched to the message.
 * submit_sm_resp errors about the message (bad destination, bad source, bad length) are permanent; throttling,
 * queue full, system errors and a lost connection are temporary (the router fails over, the outbox retries).
 */
import smpp from 'smpp';
import type { OutgoingMessage, Provider, Receipt, SendResult } from './provider.js';

export interface SmppSettings {
  name?: string;
  /** smpp://host:port (or ssmpp:// for TLS). */
  url: string;
  systemId: string;
  password: string;
  /** The sender: a registered brandname (alphanumeric) or a number. */
  sourceAddr: string;
  /** Keep-alive period in ms (enquire_link); 0 turns it off. */
  enquireLinkMs?: number;
}

/** submit_sm_resp statuses that say the message itself is wrong: retrying or another SMSC would not help. */
const PERMANENT = new Set([
  0x01, // ESME_RINVMSGLEN
  0x0a, // ESME_RINVSRCADR
  0x0b, // ESME_RINVDSTADR
  0x33, // ESME_RINVNUMDESTS
  0x48, // ESME_RINVSRCTON
  0x49, // ESME_RINVSRCNPI
  0x50, // ESME_RINVDSTTON
  0x51, // ESME_RINVDSTNPI
  0x62, // ESME_RINVEXPIRY
]);

/** Final receipt states (SMPP 3.4 Appendix B); ENROUTE / ACCEPTD are not final and are ignored. */
const FINAL: Record<string, Receipt['status']> = {
  DELIVRD: 'delivered',
  UNDELIV: 'permanent_failure',
  REJECTD: 'permanent_failure',
  EXPIRED: 'permanent_failure',
  DELETED: 'permanent_failure',
  UNKNOWN: 'permanent_failure',
};
const STATE_NAMES: Record<number, string> = {
  2: 'DELIVRD',
  3: 'EXPIRED',
  4: 'DELETED',
  5: 'UNDELIV',
  7: 'UNKNOWN',
  8: 'REJECTD',
};

/** Reads a delivery receipt from a deliver_sm: the TLVs when present, else the SMPP 3.4 Appendix B text. */
export function parseReceipt(pdu: smpp.PDU): { ref: string; state: string } | null {
  const esm = Number(pdu.esm_class ?? 0);
  if ((esm & 0x3c) !== 0x04) return null;
  const sm = pdu.short_message as { message?: unknown } | undefined;
  const text = typeof sm?.message === 'string' ? sm.message : '';
  const ref =
    typeof pdu.receipted_message_id === 'string' ? pdu.receipted_message_id : /\bid:(\S+)/i.exec(text)?.[1];
  const state =
    typeof pdu.message_state === 'number'
      ? STATE_NAMES[pdu.message_state]
      : /\bstat:(\w+)/i.exec(text)?.[1]?.toUpperCase();
  return ref && state ? { ref, state } : null;
}

/** SMPP addresses are digits without the plus sign: +84912345678 → 84912345678. */
const toAddress = (recipient: string) => recipient.replace(/^\+/, '');

export function smppProvider(settings: SmppSettings): Provider {
  const name = settings.name ?? 'smpp';
  const alphanumeric = /[^0-9]/.test(settings.sourceAddr);
  const receiptHandlers: ((r: Receipt) => void)[] = [];
  const pending = new Set<(error: string) => void>();
  let session: smpp.Session | null = null;
  let ready: Promise<smpp.Session> | null = null;
  let closing = false;

  const drop = (reason: string) => {
    session = null;
    ready = null;
    for (const fail of pending) fail(reason);
    pending.clear();
  };

  const bind = (): Promise<smpp.Session> => {
    if (ready) return ready;
    ready = new Promise<smpp.Session>((resolve, reject) => {
      const s = smpp.connect({
        url: settings.url,
        auto_enquire_link_period: settings.enquireLinkMs ?? 30_000,
      });
      session = s;
      s.on('error', (e: Error) => {
        reject(e);
        if (session === s) drop(`SMSC connection error: ${e.message}`);
      });
      s.on('close', () => {
        reject(new Error('SMSC connection closed'));
        if (session === s) drop('SMSC connection closed');
      });
      s.on('deliver_sm', (pdu: smpp.PDU) => {
        s.send(pdu.response());
        const r = parseReceipt(pdu);
        const status = r && FINAL[r.state];
        if (r && status) {
          for (const h of receiptHandlers) h({ provider: name, providerRef: r.ref, status, state: r.state });
        }
      });
      s.on('enquire_link', (pdu: smpp.PDU) => s.send(pdu.response()));
      s.on('connect', () => {
        s.bind_transceiver({ system_id: settings.systemId, password: settings.password }, (pdu) => {
          if (pdu.command_status === 0) resolve(s);
          else {
            reject(new Error(`SMSC refused the bind (status ${pdu.command_status})`));
            s.destroy();
          }
        });
      });
    });
    // A failed bind is retried on the next message.
    ready.catch(() => undefined);
    return ready;
  };

  return {
    name,
    channels: ['sms'],
    onReceipt(handler) {
      receiptHandlers.push(handler);
    },
    async send(message: OutgoingMessage): Promise<SendResult> {
      if (closing) return { ok: false, permanent: false, error: 'SMPP provider closed' };
      const s = await bind();
      // Up to 160 GSM characters travel in short_message; longer texts in the message_payload TLV.
      const text =
        message.body.length <= 160 ? { short_message: message.body } : { message_payload: message.body };
      return new Promise<SendResult>((resolve) => {
        const fail = (error: string) => resolve({ ok: false, permanent: false, error });
        pending.add(fail);
        const written = s.submit_sm(
          {
            source_addr_ton: alphanumeric ? 5 : 1,
            source_addr_npi: alphanumeric ? 0 : 1,
            source_addr: settings.sourceAddr,
            dest_addr_ton: 1,
            dest_addr_npi: 1,
            destination_addr: toAddress(message.recipient),
            registered_delivery: 1,
            ...text,
          },
          (pdu) => {
            pending.delete(fail);
            const status = pdu.command_status;
            if (status === 0) resolve({ ok: true, providerRef: String(pdu.message_id) });
            else
              resolve({
                ok: false,
                permanent: PERMANENT.has(status),
                error: `SMSC status 0x${status.toString(16)}`,
              });
          },
        );
        if (!written) {
          pending.delete(fail);
          fail('SMSC connection not writable');
        }
      });
    },
    async close() {
      closing = true;
      const s = session;
      drop('SMPP provider closed');
      if (!s) return;
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          s.destroy();
          resolve();
        }, 500);
        t.unref();
        s.unbind({}, () => {
          clearTimeout(t);
          s.close(() => resolve());
        });
      });
    },
  };
}

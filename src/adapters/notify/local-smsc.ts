/**
 * A local SMSC speaking SMPP 3.4 (the `smpp` package's server), for the integration tests and the benchmark: it
 * accepts transceiver binds with the given credentials, answers submit_sm with its own message id (or an error
 * status chosen per destination), and then sends the delivery receipt for it as a deliver_sm. Not used by the
 * server itself.
 */
import type { AddressInfo } from 'node:net';
import smpp from 'smpp';

export interface LocalSmsc {
  url: string;
  /** Messages accepted so far: destination, text and the id given. */
  accepted: { to: string; text: string; id: string }[];
  /** Open sessions (to drop them in tests). */
  sessions(): smpp.Session[];
  close(): Promise<void>;
}

export interface LocalSmscOptions {
  systemId?: string;
  password?: string;
  /** submit_sm_resp status for a destination (default 0: accepted). */
  statusFor?: (to: string) => number;
  /** Receipt state for an accepted destination (default DELIVRD); null: no receipt. */
  receiptFor?: (to: string) => string | null;
  /** Keep accepted messages in `accepted` (the benchmark turns it off). */
  record?: boolean;
}

export async function startLocalSmsc(opts: LocalSmscOptions = {}): Promise<LocalSmsc> {
  const accepted: LocalSmsc['accepted'] = [];
  let next = 0;
  const server = smpp.createServer({}, (session) => {
    session.on('error', () => undefined);
    session.on('bind_transceiver', (pdu: smpp.PDU) => {
      const ok =
        pdu.system_id === (opts.systemId ?? 'motcua') && pdu.password === (opts.password ?? 'secret');
      session.send(pdu.response({ command_status: ok ? 0 : smpp.ESME_RINVPASWD }));
      if (!ok) session.close();
    });
    session.on('enquire_link', (pdu: smpp.PDU) => session.send(pdu.response()));
    session.on('unbind', (pdu: smpp.PDU) => {
      session.send(pdu.response());
      session.close();
    });
    session.on('deliver_sm_resp', () => undefined);
    session.on('submit_sm', (pdu: smpp.PDU) => {
      const to = String(pdu.destination_addr);
      const status = opts.statusFor?.(to) ?? 0;
      if (status !== 0) {
        session.send(pdu.response({ command_status: status }));
        return;
      }
      const id = `m${++next}`;
      const sm = pdu.short_message as { message?: string } | undefined;
      const payload = pdu.message_payload as { message?: string } | undefined;
      if (opts.record !== false) accepted.push({ to, text: sm?.message || payload?.message || '', id });
      session.send(pdu.response({ message_id: id }));
      const stat = opts.receiptFor ? opts.receiptFor(to) : 'DELIVRD';
      if (stat === null || Number(pdu.registered_delivery ?? 0) === 0) return;
      session.deliver_sm({
        source_addr: to,
        destination_addr: String(pdu.source_addr),
        esm_class: smpp.ESM_CLASS.MC_DELIVERY_RECEIPT,
        short_message: `id:${id} sub:001 dlvr:${stat === 'DELIVRD' ? '001' : '000'} submit date:2612031200 done date:2612031200 stat:${stat} err:000 text:`,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smpp://127.0.0.1:${port}`,
    accepted,
    sessions: () => [...server.sessions],
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of [...server.sessions]) s.destroy();
        server.close(() => resolve());
      }),
  };
}

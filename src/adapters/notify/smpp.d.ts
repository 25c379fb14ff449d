/** The part of the `smpp` package's API the SMPP provider, its tests and the benchmark use (it ships no types). */
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Server as NetServer } from 'node:net';

  export interface PDU {
    command: string;
    command_status: number;
    sequence_number: number;
    [param: string]: unknown;
    response(options?: Record<string, unknown>): PDU;
    isResponse(): boolean;
  }

  export class Session extends EventEmitter {
    socket: import('node:net').Socket;
    send(pdu: PDU, responseCallback?: (pdu: PDU) => void): boolean;
    bind_transceiver(options: Record<string, unknown>, callback?: (pdu: PDU) => void): boolean;
    submit_sm(options: Record<string, unknown>, callback?: (pdu: PDU) => void): boolean;
    deliver_sm(options: Record<string, unknown>, callback?: (pdu: PDU) => void): boolean;
    unbind(options?: Record<string, unknown>, callback?: (pdu: PDU) => void): boolean;
    enquire_link(options?: Record<string, unknown>, callback?: (pdu: PDU) => void): boolean;
    pause(): void;
    resume(): void;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
  }

  export interface Server extends NetServer {
    sessions: Session[];
  }

  export function connect(options: Record<string, unknown>, listener?: () => void): Session;
  export function createServer(
    options: Record<string, unknown>,
    listener?: (session: Session) => void,
  ): Server;

  export const ESME_ROK: number;
  export const ESME_RINVPASWD: number;
  export const ESME_RINVDSTADR: number;
  export const ESME_RTHROTTLED: number;
  export const ESME_RSYSERR: number;
  export const ESM_CLASS: { MC_DELIVERY_RECEIPT: number };
}

/** Shapes of the public queue API (src/http/queue/schemas.ts). */
export interface FieldSummary {
  code: string;
  name: string;
  waiting: number;
  next: string[];
  waitMinutes: number;
}
export interface UnitRef {
  agencyId: string;
  name: string;
}
export interface KioskView {
  unit: UnitRef;
  fields: FieldSummary[];
}
export type TicketStatus = 'waiting' | 'called' | 'serving' | 'done' | 'no_show';
export interface IssuedTicket {
  id: string;
  number: string;
  fieldName: string;
}
export interface PublicTicket {
  id: string;
  number: string;
  unit: UnitRef;
  field: { code: string; name: string };
  day: string;
  issuedAt: string;
  priority: boolean;
  status: TicketStatus;
  statusLabel: string;
  counterNumber: number | null;
  ahead: number | null;
  waitMinutes: number | null;
}
export interface DisplaySnapshot {
  unit: UnitRef;
  at: string;
  counters: {
    number: number;
    label: string | null;
    staffed: boolean;
    fieldCodes: string[];
    ticket: { number: string; status: TicketStatus } | null;
  }[];
  fields: FieldSummary[];
}
export interface CallEvent {
  ticketId: string;
  number: string;
  counterNumber: number;
  fieldCode: string;
}

export const ticketPath = (id: string) => `/so-thu-tu/${id}`;

/** The server's Vietnamese message from an error body, or a general one. */
export async function errorMessage(res: Response, fallback: string): Promise<string> {
  try {
    const body = (await res.json()) as { error?: { message?: string } };
    return body.error?.message ?? fallback;
  } catch {
    return fallback;
  }
}

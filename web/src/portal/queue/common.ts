/** What the public queue pages share: a ticket's page address and the message of a failed call. */
import { ApiError } from '../../shared/api.js';

export const ticketPath = (id: string) => `/so-thu-tu/${id}`;

/** The server's Vietnamese message from a failed call, or the page's own when the server gave none. */
export function failureMessage(error: unknown, fallback: string): string {
  return error instanceof ApiError && !error.code.startsWith('HTTP_') ? error.message : fallback;
}

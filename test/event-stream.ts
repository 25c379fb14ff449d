/**
 * A live server-sent event stream for integration tests: starts the app listening on a free port, opens the stream
 * and reads it until a given text has arrived.
 */
import type { FastifyInstance } from 'fastify';

export async function openEventStream(
  app: FastifyInstance,
  path: string,
  headers: Record<string, string> = {},
) {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const controller = new AbortController();
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers, signal: controller.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  return {
    res,
    /** All that has arrived so far. */
    text: () => text,
    /** Reads until the stream has carried the needle (or has ended). */
    readUntil: async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
    },
    close: async () => {
      controller.abort();
      await reader.cancel().catch(() => undefined);
    },
  };
}

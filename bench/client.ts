/** What the benchmarks share beside their servers: the client processes (no side effects: the benchmarks fork themselves as clients) and a local listener. */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';

/** What a client run reports: autocannon's figures the benchmarks print. */
export interface ClientFigures {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** A client address of its own for each request, so that per-address rate limits never throttle a run. */
export const randomAddress = () =>
  `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

/** The figures of an autocannon result. */
export function clientFigures(result: Awaited<ReturnType<typeof autocannon>>): ClientFigures {
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** The value of a command-line option `name value`, if given. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * Forks the benchmark module `moduleUrl` (its `import.meta.url`) with `args` as a client process, sends it
 * `message` over IPC when given, and resolves with the figures it printed last (see finishClient).
 */
export function runChildClient<T>(moduleUrl: string, args: string[], message?: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(moduleUrl), args, {
      stdio: message === undefined ? 'pipe' : ['pipe', 'pipe', 'pipe', 'ipc'],
    });
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => process.stderr.write(d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as T)
        : reject(new Error(`client exit ${code}`)),
    );
    if (message !== undefined) child.send(message as Parameters<typeof child.send>[0]);
  });
}

/** A client process's end: its figures as one line of JSON on stdout, or the error and exit code 1. */
export function finishClient(figures: Promise<object>): void {
  figures
    .then((f) => {
      console.log(JSON.stringify(f));
      process.exit(0);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}

/** Listens on a free port of 127.0.0.1; returns the server's base URL. */
export async function listenLocally(server: FastifyInstance): Promise<string> {
  await server.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(server.server.address() as { port: number }).port}`;
}

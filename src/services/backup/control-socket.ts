/**
 * The running server's local door for operations on its embedded database: a Unix socket next to the data
 * directory (`<dataDir>.sock`, mode 0600, so only the operating-system user that runs the server may use it).
 * A command run while the server holds the data directory (data-dir-lock.ts) asks the server through it instead
 * of opening the files itself. One request per connection, one line: `backup`; the answer is `ok <bytes>\n`
 * followed by the gzipped tarball, or `error <message>\n`.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export function socketPathOf(dataDir: string): string {
  return path.resolve(dataDir) + '.sock';
}

/** Unix socket paths are limited to about 100 bytes. */
const MAX_SOCKET_PATH = 100;

export interface ControlServer {
  stop(): Promise<void>;
}

export async function startControlSocket(
  dataDir: string,
  backup: () => Promise<Blob>,
  onError: (err: unknown) => void,
): Promise<ControlServer | undefined> {
  const file = socketPathOf(dataDir);
  if (Buffer.byteLength(file) > MAX_SOCKET_PATH) return undefined;
  // A socket left by a server killed without its shutdown: this process holds the data directory's lock now.
  fs.rmSync(file, { force: true });
  const server = net.createServer((socket) => {
    socket.on('error', onError);
    let request = '';
    socket.on('data', (chunk) => {
      request += chunk.toString('utf8');
      if (!request.includes('\n')) return;
      const command = request.slice(0, request.indexOf('\n')).trim();
      socket.pause();
      if (command !== 'backup') {
        socket.end(`error unknown command\n`);
        return;
      }
      backup()
        .then(async (blob) => {
          const bytes = Buffer.from(await blob.arrayBuffer());
          socket.write(`ok ${bytes.length}\n`);
          socket.end(bytes);
        })
        .catch((err: unknown) => {
          onError(err);
          socket.end(`error ${(err as Error).message.replace(/\n/g, ' ')}\n`);
        });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(file, () => resolve());
  });
  fs.chmodSync(file, 0o600);
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        fs.rmSync(file, { force: true });
      }),
  };
}

/** Asks the server holding `dataDir` for a backup; the tarball's bytes. */
export async function requestBackup(dataDir: string): Promise<Buffer> {
  const file = socketPathOf(dataDir);
  return new Promise<Buffer>((resolve, reject) => {
    const socket = net.createConnection(file);
    const chunks: Buffer[] = [];
    socket.on('connect', () => socket.write('backup\n'));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const eol = all.indexOf(10);
      const head = eol < 0 ? all.toString('utf8') : all.subarray(0, eol).toString('utf8');
      const ok = /^ok (\d+)$/.exec(head);
      if (!ok) {
        reject(new Error(head.replace(/^error /, '') || 'the server closed the connection'));
        return;
      }
      const body = all.subarray(eol + 1);
      if (body.length !== Number(ok[1])) {
        reject(new Error(`the server sent ${body.length} of ${ok[1]} bytes`));
        return;
      }
      resolve(body);
    });
  });
}

import fs from 'node:fs';
import path from 'node:path';

/** Writes a file whole or not at all: a temporary file beside it, renamed over it. */
export function writeFileAtomically(file: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.partial-${process.pid}`;
  fs.writeFileSync(tmp, bytes, { mode: 0o600 });
  fs.renameSync(tmp, file);
}

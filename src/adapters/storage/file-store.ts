/**
 * Files on local disk under DATA_DIR/files, named by their SHA-256 (docs/DECISIONS.md, "Citizen uploads on disk").
 * An upload is streamed to a temporary file in the store's own folder while it is hashed, counted and its first
 * bytes kept for the type check; it is never held whole in memory. Over the cap the stream is stopped and the
 * temporary file removed; otherwise the file is renamed into place atomically (identical content is kept once).
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { sniffAttachmentType, type AttachmentType } from '../../domain/dossier/attachments.js';
import {
  storedFileParts,
  TOO_LARGE_FILE_MESSAGE,
  WRONG_TYPE_MESSAGE,
} from '../../domain/citizen/submission.js';
import { invalid, tooLarge } from '../../domain/errors.js';

export interface StoredFile {
  sha256: string;
  size: number;
  contentType: AttachmentType;
}

const HEAD_BYTES = 16;

export const fileTooLarge = () => tooLarge('FILE_TOO_LARGE', TOO_LARGE_FILE_MESSAGE);

class Over extends Error {}

export class FileStore {
  readonly root: string;
  private readonly tmp: string;
  private readonly folders = new Set<string>();

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'files');
    this.tmp = path.join(this.root, 'tmp');
  }

  pathOf(sha256: string): string {
    return path.join(this.root, ...storedFileParts(sha256));
  }

  /**
   * Streams `source` to the store, at most `maxBytes`: a 413 (and nothing kept) over it, a 400 when the content is not
   * a PDF, JPEG or PNG, an empty file included.
   */
  async save(source: Readable, maxBytes: number): Promise<StoredFile> {
    await this.folder(this.tmp);
    const temp = path.join(this.tmp, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let size = 0;
    let headSize = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > maxBytes) return done(new Over());
        hash.update(chunk);
        if (headSize < HEAD_BYTES) {
          head.push(chunk.subarray(0, HEAD_BYTES - headSize));
          headSize += Math.min(chunk.length, HEAD_BYTES - headSize);
        }
        done(null, chunk);
      },
    });
    try {
      // `flush`: the content is flushed to disk (fsync on the stream's own descriptor) before the stream closes, so
      // a file takes its name only once durable and a crash never leaves a named file half written.
      await pipeline(source, meter, createWriteStream(temp, { flags: 'wx', flush: true }));
    } catch (err) {
      await unlink(temp).catch(() => undefined);
      if (err instanceof Over || (err as { statusCode?: number }).statusCode === 413) throw fileTooLarge();
      throw err;
    }
    const contentType = size > 0 ? sniffAttachmentType(Buffer.concat(head)) : undefined;
    if (!contentType) {
      await unlink(temp);
      throw invalid('FILE_TYPE', WRONG_TYPE_MESSAGE, [{ field: 'file', message: WRONG_TYPE_MESSAGE }]);
    }
    const sha256 = hash.digest('hex');
    await this.place(temp, sha256);
    return { sha256, size, contentType };
  }

  /** Keeps bytes already in memory (a desk scan reused by the citizen) under their SHA-256. */
  async saveBytes(data: Buffer, sha256: string): Promise<void> {
    if (await this.has(sha256)) return;
    await this.folder(this.tmp);
    const temp = path.join(this.tmp, `${randomUUID()}.part`);
    await writeFile(temp, data, { flag: 'wx', flush: true });
    await this.place(temp, sha256);
  }

  async has(sha256: string): Promise<boolean> {
    return stat(this.pathOf(sha256)).then(
      () => true,
      () => false,
    );
  }

  open(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }

  /**
   * Moves a complete temporary file, already flushed to disk, into place. The same content already there is
   * replaced by its identical copy (one file per content either way, with no look-up first).
   */
  private async place(temp: string, sha256: string): Promise<void> {
    const target = this.pathOf(sha256);
    const dir = path.dirname(target);
    await this.folder(dir);
    await rename(temp, target).catch(async (err: NodeJS.ErrnoException) => {
      // The folder was removed since it was made (by hand): made again.
      if (err.code !== 'ENOENT') throw err;
      this.folders.delete(dir);
      await this.folder(dir);
      await rename(temp, target);
    });
  }

  /** Makes a folder of the store once per process (at most 65,536 of them, two levels of two hex digits). */
  private async folder(dir: string): Promise<void> {
    if (this.folders.has(dir)) return;
    await mkdir(dir, { recursive: true });
    this.folders.add(dir);
  }
}

/**
 * Backup and restore of the embedded database (PGlite): the data directory as a gzipped tarball (PGlite's
 * dumpDataDir, taken between two transactions after a CHECKPOINT: connection.ts). While a server holds the data
 * directory the backup is made by that server (control-socket.ts); a restore needs the server stopped and an empty
 * (or absent) data directory, or `force`, which moves the existing one aside rather than deleting it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { kyselyOnPglite, openPglite } from '../../db/connection.js';
import { DataDirLockedError, lockHolder } from '../../db/data-dir-lock.js';
import { requestBackup, socketPathOf } from './control-socket.js';
import { BackupRefused } from './errors.js';
import { writeFileAtomically } from './files.js';

export interface EmbeddedBackup {
  bytes: number;
  /** 'server': made by the running server that holds the data directory. */
  via: 'server' | 'direct';
}

export async function backupEmbedded(dataDir: string, out: string): Promise<EmbeddedBackup> {
  const holder = lockHolder(dataDir);
  if (holder) {
    if (!fs.existsSync(socketPathOf(dataDir))) {
      throw new BackupRefused(
        `máy chủ (pid ${holder.pid}) đang giữ ${dataDir} nhưng không mở cổng sao lưu ${socketPathOf(dataDir)}; hãy dừng máy chủ rồi sao lưu`,
      );
    }
    const bytes = await requestBackup(dataDir);
    writeFileAtomically(out, bytes);
    return { bytes: bytes.length, via: 'server' };
  }
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new BackupRefused(`không có cơ sở dữ liệu nhúng trong ${dataDir}`);
  }
  const handle = kyselyOnPglite(await openPglite({ dataDir }));
  try {
    const bytes = Buffer.from(await (await handle.dumpDataDir!()).arrayBuffer());
    writeFileAtomically(out, bytes);
    return { bytes: bytes.length, via: 'direct' };
  } finally {
    await handle.close();
  }
}

export interface EmbeddedRestore {
  /** Where a non-empty data directory was moved (force). */
  movedAside?: string;
  migrations: number;
}

export async function restoreEmbedded(
  file: string,
  dataDir: string,
  opts: { force?: boolean; now?: Date } = {},
): Promise<EmbeddedRestore> {
  const holder = lockHolder(dataDir);
  if (holder) throw new DataDirLockedError(path.resolve(dataDir), holder.pid);
  const bytes = fs.readFileSync(file);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    throw new BackupRefused(
      `${file} không phải bản sao lưu của cơ sở dữ liệu nhúng (tệp .tar.gz của motcua backup)`,
    );
  }
  let movedAside: string | undefined;
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    if (!opts.force) {
      throw new BackupRefused(
        `${dataDir} đã có dữ liệu: chỉ khôi phục vào thư mục trống (thêm --force để chuyển dữ liệu hiện có sang thư mục khác rồi khôi phục)`,
      );
    }
    const stamp = (opts.now ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
    movedAside = `${path.resolve(dataDir)}.before-restore-${stamp}`;
    fs.renameSync(dataDir, movedAside);
  }
  const handle = kyselyOnPglite(
    await openPglite({ dataDir, loadDataDir: new Blob([new Uint8Array(bytes)]) }),
  );
  try {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from schema_migrations`.execute(
      handle.db,
    );
    return { ...(movedAside ? { movedAside } : {}), migrations: rows[0]?.n ?? 0 };
  } finally {
    await handle.close();
  }
}

/**
 * `motcua backup --out FILE` and `motcua restore FILE [--force]` on the configured database: PostgreSQL
 * (DATABASE_URL; restores as DATABASE_MIGRATION_URL's owner when set) through pg_dump/pg_restore, or the embedded
 * database in DATA_DIR (through the running server when one holds it). One JSON line on success.
 */
import { loadConfig } from '../config.js';
import { backupEmbedded, restoreEmbedded } from '../services/backup/embedded.js';
import { BackupRefused } from '../services/backup/errors.js';
import { backupPostgres, restorePostgres } from '../services/backup/postgres.js';
import { UsageError, type CliIo } from './io.js';
import { parseOptions } from './options.js';

export const backupSummary = '--out FILE   back up the database (consistent while the server runs)';
export const restoreSummary = 'FILE [--force]   restore a backup into an empty database';

const backupHelp = `usage: motcua backup --out FILE

Sao lưu cơ sở dữ liệu đang cấu hình vào FILE:
  - PostgreSQL (DATABASE_URL): pg_dump --format=custom, một ảnh chụp nhất quán ngay cả khi máy chủ đang chạy
    (cần pg_dump: Debian/Ubuntu apt-get install postgresql-client);
  - cơ sở dữ liệu nhúng (DATA_DIR): thư mục dữ liệu nén .tar.gz; khi máy chủ đang giữ DATA_DIR, chính máy chủ
    tạo bản sao lưu qua cổng cục bộ <DATA_DIR>.sock.
Kết quả: một dòng JSON. Lịch sao lưu, thời gian lưu giữ và diễn tập khôi phục: README.md, "Sao lưu và khôi phục".`;

const restoreHelp = `usage: motcua restore FILE [--force]

Khôi phục bản sao lưu FILE (của motcua backup) vào cơ sở dữ liệu đang cấu hình, chỉ khi nó còn trống:
  - PostgreSQL: pg_restore vào DATABASE_MIGRATION_URL (chủ sở hữu bảng) hoặc DATABASE_URL
    (cần pg_restore: Debian/Ubuntu apt-get install postgresql-client);
  - cơ sở dữ liệu nhúng: DATA_DIR phải trống hoặc chưa có; máy chủ phải dừng.
--force: PostgreSQL xóa các đối tượng trùng tên trước khi khôi phục; cơ sở dữ liệu nhúng chuyển thư mục hiện có
sang <DATA_DIR>.before-restore-<thời điểm> (không xóa).`;

export async function runBackup(args: string[], io: CliIo): Promise<number> {
  const { values, flags } = parseOptions(args, { values: ['out'], flags: ['help'] });
  if (flags.has('help')) {
    io.out(backupHelp);
    return 0;
  }
  const out = values.get('out');
  if (!out) throw new UsageError('thiếu --out FILE (tệp bản sao lưu)');
  const config = loadConfig();
  return refusals(io, async () => {
    if (config.databaseUrl) {
      const r = await backupPostgres(config.databaseMigrationUrl ?? config.databaseUrl, out);
      io.out(JSON.stringify({ database: 'postgresql', file: out, bytes: r.bytes }));
    } else {
      const r = await backupEmbedded(config.dataDir, out);
      io.out(JSON.stringify({ database: 'pglite', file: out, bytes: r.bytes, via: r.via }));
    }
  });
}

export async function runRestore(args: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseOptions(args, { values: [], flags: ['help', 'force'], positionals: 1 });
  if (flags.has('help')) {
    io.out(restoreHelp);
    return 0;
  }
  const file = positionals[0];
  if (!file) throw new UsageError('thiếu FILE (tệp bản sao lưu cần khôi phục)');
  const config = loadConfig();
  const force = flags.has('force');
  return refusals(io, async () => {
    if (config.databaseUrl) {
      const r = await restorePostgres(file, config.databaseMigrationUrl ?? config.databaseUrl, { force });
      io.out(JSON.stringify({ database: 'postgresql', file, restored: true, tablesBefore: r.tablesBefore }));
    } else {
      const r = await restoreEmbedded(file, config.dataDir, { force });
      io.out(JSON.stringify({ database: 'pglite', file, restored: true, dataDir: config.dataDir, ...r }));
    }
  });
}

async function refusals(io: CliIo, work: () => Promise<void>): Promise<number> {
  try {
    await work();
    return 0;
  } catch (err) {
    if (err instanceof BackupRefused) {
      throw new UsageError(err.message);
    }
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UsageError(`không tìm thấy tệp: ${(err as NodeJS.ErrnoException).path ?? ''}`);
    }
    throw err;
  }
}

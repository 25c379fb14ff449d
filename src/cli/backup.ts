/**
 * `motcua backup --out FILE` and `motcua restore FILE [--force]` on the configured database: PostgreSQL
 * (DATABASE_URL; restores as DATABASE_MIGRATION_URL's owner when set) through pg_dump/pg_restore, or the embedded
 * database in DATA_DIR (through the running server when one holds it). One JSON line on success.
 */
import { loadConfig } from '../config.js';
import { backupEmbedded, restoreEmbedded } from '../services/backup/embedded.js';
import { BackupRefused } from '../services/backup/errors.js';
import { backupPostgres, restorePostgres } from '../services/backup/postgres.js';
import { optionSpec, type LeafCommand } from './help.js';
import { UsageError, type CliIo } from './io.js';
import { parseOptions } from './options.js';

async function runBackup(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, optionSpec(backupCommand));
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

async function runRestore(args: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseOptions(args, optionSpec(restoreCommand));
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

export const backupCommand: LeafCommand = {
  summary: {
    vi: 'Sao lưu cơ sở dữ liệu (nhất quán cả khi máy chủ đang chạy)',
    en: 'Back up the database (consistent while the server runs)',
  },
  options: [
    {
      name: 'out',
      value: 'FILE',
      required: true,
      vi: 'Tệp bản sao lưu sẽ ghi',
      en: 'The backup file to write',
    },
  ],
  notes: {
    vi: `Sao lưu cơ sở dữ liệu đang cấu hình vào FILE:
  - PostgreSQL (DATABASE_URL): pg_dump --format=custom, một ảnh chụp nhất quán ngay cả khi máy chủ đang chạy
    (cần pg_dump: Debian/Ubuntu apt-get install postgresql-client);
  - cơ sở dữ liệu nhúng (DATA_DIR): thư mục dữ liệu nén .tar.gz; khi máy chủ đang giữ DATA_DIR, chính máy chủ
    tạo bản sao lưu qua cổng cục bộ <DATA_DIR>.sock.
Kết quả: một dòng JSON. Lịch sao lưu, thời gian lưu giữ và diễn tập khôi phục: README.md, "Sao lưu và khôi phục".`,
    en: `Backs up the configured database into FILE:
  - PostgreSQL (DATABASE_URL): pg_dump --format=custom, a consistent snapshot even while the server runs
    (needs pg_dump: Debian/Ubuntu apt-get install postgresql-client);
  - the embedded database (DATA_DIR): the data folder as .tar.gz; while a server holds DATA_DIR, the server
    itself makes the backup through the local socket <DATA_DIR>.sock.
Result: one JSON line. Schedule, retention and restore drills: README.md, "Backup and restore".`,
  },
  run: runBackup,
};

export const restoreCommand: LeafCommand = {
  summary: {
    vi: 'Khôi phục một bản sao lưu vào cơ sở dữ liệu còn trống',
    en: 'Restore a backup into an empty database',
  },
  args: [
    { name: 'FILE', vi: 'Tệp bản sao lưu (của motcua backup)', en: 'The backup file (from motcua backup)' },
  ],
  options: [
    {
      name: 'force',
      vi: 'Khôi phục cả khi cơ sở dữ liệu không trống (xem ghi chú)',
      en: 'Restore even when the database is not empty (see the notes)',
    },
  ],
  notes: {
    vi: `Khôi phục FILE vào cơ sở dữ liệu đang cấu hình, chỉ khi nó còn trống:
  - PostgreSQL: pg_restore vào DATABASE_MIGRATION_URL (chủ sở hữu bảng) hoặc DATABASE_URL
    (cần pg_restore: Debian/Ubuntu apt-get install postgresql-client);
  - cơ sở dữ liệu nhúng: DATA_DIR phải trống hoặc chưa có; máy chủ phải dừng.
--force: PostgreSQL xóa các đối tượng trùng tên trước khi khôi phục; cơ sở dữ liệu nhúng chuyển thư mục hiện có
sang <DATA_DIR>.before-restore-<thời điểm> (không xóa).`,
    en: `Restores FILE into the configured database, only when it is empty:
  - PostgreSQL: pg_restore into DATABASE_MIGRATION_URL (the tables' owner) or DATABASE_URL
    (needs pg_restore: Debian/Ubuntu apt-get install postgresql-client);
  - the embedded database: DATA_DIR must be empty or absent; the server must be stopped.
--force: PostgreSQL drops objects of the same names before restoring; the embedded database moves the existing
folder to <DATA_DIR>.before-restore-<instant> (nothing is deleted).`,
  },
  run: runRestore,
};

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

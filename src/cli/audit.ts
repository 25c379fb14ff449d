/**
 * `motcua audit verify`: checks the audit log's hash chain on the configured database. Prints
 * `ok <count> rows, head <seq> <hash>` and exits 0, or names the first changed or missing row and exits 1.
 */
import { verifyAuditChain } from '../services/audit/verify.js';
import { optionSpec, type GroupCommand, type LeafCommand } from './help.js';
import { onConfiguredDatabase, type CliIo } from './io.js';
import { parseOptions } from './options.js';

async function runVerify(args: string[], io: CliIo): Promise<number> {
  parseOptions(args, optionSpec(verifyCommand));
  const report = await onConfiguredDatabase((db) => verifyAuditChain(db));
  if (report.ok) {
    const sealed = report.sealedNow > 0 ? `; ${report.sealedNow} sealed now` : '';
    const waiting = report.unsealed > 0 ? `; ${report.unsealed} still waiting to be sealed` : '';
    io.out(`ok ${report.count} rows, head ${report.headSeq} ${report.headHash}${sealed}${waiting}`);
    return 0;
  }
  io.out(
    `${report.problem.kind} row ${report.problem.seq}: ${report.problem.detail} (${report.count} rows verified before it)`,
  );
  return 1;
}

const verifyCommand: LeafCommand = {
  summary: {
    vi: 'Niêm phong các dòng mới rồi kiểm tra chuỗi băm của nhật ký kiểm toán (mã 1 khi có dòng bị sửa hay bị mất)',
    en: "Seal the new rows, then check the audit log's hash chain (exit 1 at a changed or missing row)",
  },
  notes: {
    vi: `Máy chủ niêm phong các dòng mới mỗi hai giây; lệnh này niêm phong nốt các dòng chưa niêm phong rồi kiểm tra.
Mỗi dòng của nhật ký kiểm toán (audit_log) có số thứ tự liên tục và mã băm của nội dung cùng mã băm dòng trước.
In "ok" với số dòng và mã băm dòng cuối (mã 0), hoặc dòng đầu tiên bị sửa hay bị mất (mã 1). Ghi lại mã băm dòng
cuối sau mỗi lần kiểm tra: xóa các dòng cuối chỉ phát hiện được khi so với nó.`,
    en: `The server seals new rows every two seconds; this command seals what is still pending, then checks.
Each row of the audit log (audit_log) has a gapless sequence number and the hash of its content with the
previous row's hash. Prints "ok" with the row count and the last row's hash (exit 0), or the first changed or
missing row (exit 1). Note the last hash after each check: rows deleted at the end show only against it.`,
  },
  run: runVerify,
};

export const auditCommand: GroupCommand = {
  summary: { vi: 'Nhật ký kiểm toán', en: 'The audit log' },
  subcommands: { verify: verifyCommand },
};

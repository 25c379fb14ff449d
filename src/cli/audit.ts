/**
 * `motcua audit verify`: checks the audit log's hash chain on the configured database. Prints
 * `ok <count> rows, head <seq> <hash>` and exits 0, or names the first changed or missing row and exits 1.
 */
import { verifyAuditChain } from '../services/audit/verify.js';
import { onConfiguredDatabase, UsageError, type CliIo } from './io.js';
import { parseOptions } from './options.js';

export const auditSummary = "verify   check the audit log's hash chain (exit 1 at a changed or missing row)";

const help = `usage: motcua audit verify

Niêm phong các dòng mới của nhật ký kiểm toán (audit_log) rồi kiểm tra chuỗi băm: mỗi dòng có số thứ tự liên
tục và mã băm của nội dung cùng mã băm dòng trước. In "ok" với số dòng và mã băm dòng cuối (mã 0), hoặc dòng đầu tiên bị sửa hay bị mất
(mã 1). Ghi lại mã băm dòng cuối sau mỗi lần kiểm tra: xóa các dòng cuối chỉ phát hiện được khi so với nó.`;

export async function runAudit(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const { flags } = parseOptions(sub === 'verify' ? rest : args, { values: [], flags: ['help'] });
  if (flags.has('help')) {
    io.out(help);
    return 0;
  }
  if (sub !== 'verify') throw new UsageError('lệnh con được hỗ trợ: verify');
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

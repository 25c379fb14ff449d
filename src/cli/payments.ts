/**
 * `motcua payments simulate [--port N] [--ipn URL]` runs the local payment gateway (src/adapters/payment/
 * simulator.ts) until stopped; `motcua payments reconcile [--day YYYY-MM-DD]` compares one day's online payments
 * with the gateway's report (yesterday in Vietnam by default) and prints the counts as one JSON line.
 */
import type { Kysely } from 'kysely';
import { loadPaymentConfig, SIMULATOR_PORT } from '../adapters/payment/config.js';
import { vnpayGateway } from '../adapters/payment/gateway.js';
import { startPaymentSimulator } from '../adapters/payment/simulator.js';
import { loadConfig } from '../config.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { reconcileDay } from '../services/payment/reconcile.js';
import { optionSpec, type GroupCommand, type LeafCommand } from './help.js';
import { UsageError, type CliIo } from './io.js';
import { runJobOnce } from './job-options.js';
import { parseOptions } from './options.js';

async function runSimulator(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, optionSpec(simulateCommand));
  const port = Number(values.get('port') ?? SIMULATOR_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UsageError('--port phải là số nguyên từ 1 đến 65535');
  const gateway = loadPaymentConfig(process.env, { production: false }, (m) => new UsageError(m))!;
  const publicUrl = (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`).replace(
    /\/+$/,
    '',
  );
  const ipnUrl = values.get('ipn') ?? `${publicUrl}/api/payments/gateway/ipn`;
  const sim = await startPaymentSimulator({
    port,
    host: '0.0.0.0',
    secret: gateway.secret,
    merchantCode: gateway.merchantCode,
    ipnUrl,
  });
  io.out(`payments simulate: cổng thanh toán mô phỏng tại ${sim.url}, thông báo (IPN) gửi tới ${ipnUrl}`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await sim.close();
  return 0;
}

const simulateCommand: LeafCommand = {
  summary: {
    vi: 'Chạy cổng thanh toán mô phỏng cho môi trường phát triển và kiểm thử',
    en: 'Run the local payment gateway simulator for development and tests',
  },
  options: [
    {
      name: 'port',
      value: 'N',
      vi: `Cổng lắng nghe (mặc định ${SIMULATOR_PORT})`,
      en: `Port (default ${SIMULATOR_PORT})`,
    },
    {
      name: 'ipn',
      value: 'URL',
      vi: 'Địa chỉ nhận thông báo thanh toán (mặc định PUBLIC_URL/api/payments/gateway/ipn)',
      en: 'Where to post payment notifications (default PUBLIC_URL/api/payments/gateway/ipn)',
    },
  ],
  notes: {
    vi: 'Khóa ký và mã đơn vị lấy từ PAYMENT_HASH_SECRET, PAYMENT_MERCHANT_CODE (mặc định: giá trị phát triển).',
    en: 'The signing secret and merchant code come from PAYMENT_HASH_SECRET, PAYMENT_MERCHANT_CODE (default: the development values).',
  },
  run: runSimulator,
};

/** Yesterday in Vietnam, YYYY-MM-DD. */
const yesterday = () => new Date(Date.now() + 7 * 3600_000 - 86_400_000).toISOString().slice(0, 10);

function parseReconcileArgs(args: string[]): { day: string } {
  const { values } = parseOptions(args, optionSpec(reconcileCommand));
  const day = values.get('day') ?? yesterday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day)))
    throw new UsageError(`--day phải là ngày YYYY-MM-DD, nhận được ${JSON.stringify(day)}`);
  return { day };
}

async function reconcileOn(db: Kysely<Database>, args: { day: string }, io: CliIo): Promise<number> {
  const config = loadConfig().paymentGateway;
  if (!config) {
    io.err('motcua payments reconcile: chưa cấu hình cổng thanh toán (PAYMENT_HASH_SECRET)');
    return 1;
  }
  const report = await vnpayGateway(config).dailyReport(args.day);
  const result = await inTransaction(db, (trx) => reconcileDay(trx, args.day, report));
  io.out(JSON.stringify(result));
  return 0;
}

const reconcileCommand: LeafCommand = {
  summary: {
    vi: 'Đối soát các khoản thanh toán trực tuyến của một ngày với báo cáo của cổng thanh toán',
    en: "Reconcile one day's online payments with the gateway's report",
  },
  options: [
    {
      name: 'day',
      value: 'YYYY-MM-DD',
      vi: 'Ngày đối soát (mặc định hôm qua, giờ Việt Nam)',
      en: 'The day to reconcile (default yesterday, Vietnam time)',
    },
  ],
  notes: {
    vi: 'Mỗi chênh lệch được ghi một lần thành cảnh báo cho lãnh đạo đơn vị thu. In một dòng JSON.',
    en: "Each difference is recorded once as an alert for the collecting unit's leaders. Prints one JSON line.",
  },
  run: runJobOnce(parseReconcileArgs, reconcileOn),
};

export const paymentsCommand: GroupCommand = {
  summary: { vi: 'Thanh toán trực tuyến', en: 'Online payments' },
  subcommands: { simulate: simulateCommand, reconcile: reconcileCommand },
};

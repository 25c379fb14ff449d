/**
 * The payment gateway's settings from the environment (README.md, Configuration): PAYMENT_GATEWAY_URL (the payment
 * page), PAYMENT_REPORT_URL (the daily report), PAYMENT_MERCHANT_CODE and PAYMENT_HASH_SECRET. Outside production
 * they default to the local simulator (`motcua payment-simulator`) and a published development secret; in production
 * there is no default secret: without PAYMENT_HASH_SECRET online payment is not offered, and a short or published
 * one is refused at boot.
 */
import { secretIssue } from '../../config-secrets.js';
import type { PaymentGatewayConfig } from './gateway.js';

/** The development secret shared with the local simulator (published: refused in production). */
export const DEV_PAYMENT_SECRET = 'motcua-payment-development-secret';
export const SIMULATOR_PORT = 8089;

type Fail = (message: string) => Error;

export function loadPaymentConfig(
  env: NodeJS.ProcessEnv,
  opts: { production: boolean },
  fail: Fail,
): PaymentGatewayConfig | null {
  const secret = env.PAYMENT_HASH_SECRET ?? '';
  const local = `http://localhost:${SIMULATOR_PORT}`;
  if (opts.production) {
    if (secret === '') return null;
    const issue = secretIssue(secret);
    if (issue) throw fail(`PAYMENT_HASH_SECRET ${issue}; production needs a secret of its own`);
    if (!env.PAYMENT_GATEWAY_URL || !env.PAYMENT_REPORT_URL || !env.PAYMENT_MERCHANT_CODE)
      throw fail(
        'PAYMENT_HASH_SECRET needs PAYMENT_GATEWAY_URL, PAYMENT_REPORT_URL and PAYMENT_MERCHANT_CODE',
      );
  }
  const merchantCode = env.PAYMENT_MERCHANT_CODE || 'MOTCUA01';
  if (!/^[A-Za-z0-9]{1,20}$/.test(merchantCode))
    throw fail('PAYMENT_MERCHANT_CODE must be 1 to 20 letters or digits');
  for (const name of ['PAYMENT_GATEWAY_URL', 'PAYMENT_REPORT_URL'] as const) {
    const url = env[name];
    if (url && !/^https?:\/\//.test(url)) throw fail(`${name} must start with http:// or https://`);
  }
  return {
    payUrl: env.PAYMENT_GATEWAY_URL || `${local}/paymentv2/vpcpay.html`,
    reportUrl: env.PAYMENT_REPORT_URL || `${local}/report`,
    merchantCode,
    secret: secret || DEV_PAYMENT_SECRET,
  };
}

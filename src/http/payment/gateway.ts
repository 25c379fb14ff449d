/** The configured payment gateway (null: online payment not offered), built once per app. */
import { vnpayGateway, type PaymentGateway } from '../../adapters/payment/gateway.js';
import type { Config } from '../../config.js';

const built = new WeakMap<Config, PaymentGateway | null>();

export function gatewayOf(config: Config): PaymentGateway | null {
  if (!built.has(config))
    built.set(config, config.paymentGateway ? vnpayGateway(config.paymentGateway) : null);
  return built.get(config)!;
}

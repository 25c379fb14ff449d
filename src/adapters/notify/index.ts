/**
 * Builds the configured providers, in priority order, with their limits, for the outbox worker's router.
 */
import type { NotifyConfig } from './config.js';
import { consoleProvider } from './console-provider.js';
import { fileProvider } from './file-provider.js';
import { httpSmsProvider } from './http-sms-provider.js';
import type { Provider } from './provider.js';
import { smppProvider } from './smpp-provider.js';
import { smtpProvider } from './smtp-provider.js';
import { znsProvider } from './zns-provider.js';

export interface ConfiguredProvider {
  provider: Provider;
  priority: number;
  timeoutMs: number;
  ratePerSecond: number;
}

export function buildProviders(cfg: NotifyConfig, messagesFile: string): ConfiguredProvider[] {
  return cfg.providers.map((kind, priority) => {
    const provider = (() => {
      switch (kind) {
        case 'smpp':
          return smppProvider(cfg.smpp!);
        case 'http-sms':
          return httpSmsProvider(cfg.httpSms!);
        case 'smtp':
          return smtpProvider(cfg.smtp!);
        case 'zns':
          return znsProvider(cfg.zns!);
        case 'file':
          return fileProvider(messagesFile);
        case 'console':
          return consoleProvider();
      }
    })();
    return { provider, priority, ...cfg.limits[kind] };
  });
}

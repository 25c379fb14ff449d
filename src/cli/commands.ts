/**
 * Every `motcua` command, by name. A new command is added here with its description (help.ts): its `--help`, the
 * options it accepts and the tool's list of commands all come from that description.
 */
import { auditCommand } from './audit.js';
import { backupCommand, restoreCommand } from './backup.js';
import { catalogueCommand } from './catalogue.js';
import { dueCommand } from './due.js';
import type { Registry } from './help.js';
import { hotlineCommand } from './hotline.js';
import { housekeepingCommand } from './housekeeping.js';
import { lunarCommand } from './lunar.js';
import { paymentsCommand } from './payments.js';
import { sweepCommand } from './sweep.js';

export const commands: Registry = {
  audit: auditCommand,
  backup: backupCommand,
  catalogue: catalogueCommand,
  due: dueCommand,
  hotline: hotlineCommand,
  housekeeping: housekeepingCommand,
  lunar: lunarCommand,
  payments: paymentsCommand,
  restore: restoreCommand,
  sweep: sweepCommand,
};

/**
 * kill -9 under load, on PostgreSQL only (PGlite is one process's embedded database: there is no server to kill
 * and come back to). The real server receives dossiers from a logged-in officer while its outbox sends the receipts'
 * SMS to a rate-limited local gateway; it is killed three times mid-stream and started again. No acknowledged
 * dossier or notice may be lost; SMS sent twice are counted and reported (a smaller window is docs/DECISIONS.md's
 * claim; the benchmark bench/crash-kill9.ts runs the same at a larger scale).
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { adminQuery, pgDatabaseUrl, runContext, templateName, testDatabaseKind } from '../db-env.js';
import { formatReport, runCrashTest } from './kill9.js';

describe.skipIf(testDatabaseKind() !== 'postgresql')('kill -9 under load (PostgreSQL)', () => {
  it(
    'loses no acknowledged dossier or notice, and counts the SMS sent twice',
    { timeout: 600_000 },
    async () => {
      const { runId } = runContext();
      const name = `motcua_${runId}_k_${randomBytes(4).toString('hex')}`;
      await adminQuery(`create database "${name}" template "${templateName(true, runId)}"`);
      try {
        const report = await runCrashTest({
          databaseUrl: pgDatabaseUrl(name),
          kills: 3,
          roundMs: 6_000,
          clients: 4,
          smsRate: 50,
          leaseSeconds: 5,
          log: (line) => process.stdout.write(`${line}\n`),
        });
        process.stdout.write(`\n${formatReport(report)}\n`);
        expect(report.acknowledged).toBeGreaterThan(50);
        expect(report.lostDossiers).toEqual([]);
        expect(report.lostNotices).toEqual([]);
        expect(report.unsentNotices).toEqual([]);
        // At-least-once: every acknowledged notice reached the gateway; a crash may repeat only what was in flight.
        expect(report.gatewayDistinct).toBeGreaterThanOrEqual(report.acknowledged);
        expect(report.duplicatedMessages).toBeLessThanOrEqual(report.kills * 10);
      } finally {
        await adminQuery(`drop database if exists "${name}" with (force)`);
      }
    },
  );
});

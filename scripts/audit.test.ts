/**
 * CI's dependency audit (scripts/audit.mjs) decides on npm's JSON report: a high or critical advisory fails the run
 * (exit 1), a clean report passes, and an unreachable advisory service warns (exit 0) unless AUDIT_REQUIRED=true
 * (exit 2). `npm` is replaced by a stand-in on PATH that prints a given report.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = path.join(import.meta.dirname, 'audit.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-audit-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function runWith(report: unknown, env: Record<string, string> = {}) {
  fs.writeFileSync(
    path.join(dir, 'report.json'),
    typeof report === 'string' ? report : JSON.stringify(report),
  );
  const npm = path.join(dir, 'npm');
  fs.writeFileSync(npm, `#!/bin/sh\ncat "${path.join(dir, 'report.json')}"\n`, { mode: 0o755 });
  return spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}`, ...env },
  });
}

const counts = (high: number) => ({ critical: 0, high, moderate: 1, low: 0, info: 0, total: high + 1 });

describe('the dependency audit of CI', () => {
  it('fails on a high advisory and names the package', () => {
    const r = runWith({
      vulnerabilities: {
        'some-lib': {
          name: 'some-lib',
          severity: 'high',
          range: '<1.2.3',
          via: [{ title: 'Prototype pollution', url: 'https://example.invalid/GHSA-x' }],
        },
      },
      metadata: { vulnerabilities: counts(1) },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('high: some-lib <1.2.3 — Prototype pollution');
  });

  it('passes a report with only moderate advisories', () => {
    const r = runWith({
      vulnerabilities: { other: { name: 'other', severity: 'moderate', range: '*', via: [] } },
      metadata: { vulnerabilities: counts(0) },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('0 critical, 0 high, 1 moderate');
  });

  it('warns when the advisory service cannot be reached, and fails then if the audit is required', () => {
    const unreachable = { error: { summary: 'audit endpoint returned an error' } };
    const warned = runWith(unreachable);
    expect(warned.status).toBe(0);
    expect(warned.stdout).toContain('could not be reached');
    expect(runWith(unreachable, { AUDIT_REQUIRED: 'true' }).status).toBe(2);
    expect(runWith('not json').status).toBe(0);
  });
});

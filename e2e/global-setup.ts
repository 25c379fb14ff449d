/**
 * Browser tier set-up: start the real server once on a fresh data directory (migrations and demo data), stop it,
 * and keep that directory as a template. Each test file's server then starts from a copy, which skips the
 * migrations and the demo data load (most of a first start). Tests that are about the first start pass their own
 * data directory and do not use the template.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from './harness.js';

declare module 'vitest' {
  export interface ProvidedContext {
    motcuaE2eDataTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-e2e-template-'));
  const server = await startServer({}, { dataDir: dir, keepData: true, fresh: true });
  const code = await server.stop();
  if (code !== 0) throw new Error(`template server exited with ${code}:\n${server.output()}`);
  // Nothing is sent during a first start; drop the (empty) message file so every copy starts without one.
  fs.rmSync(path.join(dir, 'messages.jsonl'), { force: true });
  project.provide('motcuaE2eDataTemplate', dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

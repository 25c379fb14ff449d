#!/usr/bin/env node
// The `motcua` command. Runs the TypeScript CLI through tsx so that no build step is needed.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await import(pathToFileURL(path.join(root, 'src/cli/main.ts')).href);

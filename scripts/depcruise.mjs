// The layer rules (.dependency-cruiser.cjs) and no cycles between area folders, in one cruise of src and web/src.
// An area is a folder one level below a layer (src/services/dossier, src/domain/notify, src/http/queue …; its
// subfolders belong to it); a file directly in a layer folder (src/http/app.ts) stands for itself. dependency-cruiser's
// own no-circular rule sees cycles of modules only: services/dossier/a → notify/b → dossier/c is no module cycle, but
// it ties the two folders together all the same.
import { spawnSync } from 'node:child_process';

const TESTS = /\.(test|int\.test|e2e\.test|property\.test)\.tsx?$|test-fixtures\.ts$|-test-utils\.ts$/;

const cruise = spawnSync(
  process.execPath,
  [
    'node_modules/dependency-cruiser/bin/dependency-cruise.mjs',
    ...['src', 'web/src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
  ],
  { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
);
if (cruise.status !== 0 && !cruise.stdout) {
  process.stderr.write(cruise.stderr);
  process.exit(cruise.status ?? 1);
}
const result = JSON.parse(cruise.stdout);

const problems = result.summary.violations
  .filter((v) => v.rule.severity === 'error')
  .map(
    (v) =>
      `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`,
  );

/** The area a module belongs to, or undefined outside src/. */
function areaOf(source) {
  const parts = source.split('/');
  if (parts[0] !== 'src' || parts.length < 3) return undefined;
  return parts.length === 3 ? source : parts.slice(0, 3).join('/');
}

// Area graph, each edge with one module dependency that makes it (to name it in the message).
const edges = new Map();
for (const m of result.modules) {
  const from = areaOf(m.source);
  if (!from || TESTS.test(m.source)) continue;
  for (const d of m.dependencies) {
    const to = areaOf(d.resolved);
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, `${m.source} → ${d.resolved}`);
  }
}

// Strongly connected components (Tarjan): each one with more than one area is a folder cycle.
let index = 0;
const state = new Map();
const stack = [];
const components = [];
function visit(v) {
  state.set(v, { index, low: index, onStack: true });
  index += 1;
  stack.push(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!state.has(w)) {
      visit(w);
      state.get(v).low = Math.min(state.get(v).low, state.get(w).low);
    } else if (state.get(w).onStack) state.get(v).low = Math.min(state.get(v).low, state.get(w).index);
  }
  if (state.get(v).low !== state.get(v).index) return;
  const component = [];
  let w;
  do {
    w = stack.pop();
    state.get(w).onStack = false;
    component.push(w);
  } while (w !== v);
  if (component.length > 1) components.push(component.sort());
}
for (const v of [...edges.keys()].sort()) if (!state.has(v)) visit(v);

/** A shortest cycle through `start` inside the component (breadth first), as the list of its areas. */
function shortestCycle(start, inside) {
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length) {
    const a = queue.shift();
    for (const b of edges.get(a)?.keys() ?? []) {
      if (!inside.has(b)) continue;
      if (b === start) {
        const path = [a];
        while (previous.get(path[0])) path.unshift(previous.get(path[0]));
        return [...path, start];
      }
      if (!previous.has(b)) {
        previous.set(b, a);
        queue.push(b);
      }
    }
  }
  return [start];
}

for (const component of components) {
  const cycle = shortestCycle(component[0], new Set(component));
  const links = cycle.slice(1).map((b, i) => `      ${edges.get(cycle[i]).get(b)}`);
  const others =
    component.length > cycle.length - 1 ? ` (areas tied in the same knot: ${component.length})` : '';
  problems.push(`no-folder-cycle: ${cycle.join(' → ')}${others}\n${links.join('\n')}`);
}

if (problems.length) {
  process.stderr.write(
    `Dependency rules broken (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}\n`,
  );
  process.exit(1);
}
process.stdout.write(`Dependency rules hold: ${result.summary.totalCruised} modules, no folder cycles.\n`);

/**
 * The layer rules of the code (docs/ARCHITECTURE.md), checked by `npm run depcruise` (part of `npm run check`).
 * Folder cycles between areas are checked by scripts/depcruise.mjs on the same cruise.
 */
const TESTS = '\\.(test|int\\.test|e2e\\.test|property\\.test)\\.tsx?$|test-fixtures\\.ts$|-test-utils\\.ts$';

/**
 * Layers that never import the entry points above them, nor the web app (their tests excepted): the rule's name, the
 * layer's folder, the folders above it, and why.
 */
const LOWER_LAYERS = [
  [
    'services-below-entry-points',
    'src/services',
    'src/(http|cli|jobs)',
    'Services are called by http, cli and jobs, never the other way round, and never reach the web app.',
  ],
  [
    'db-below-services',
    'src/db',
    'src/(services|http|cli|jobs)',
    'src/db (handle, transactions, migrations) knows nothing of the areas above it.',
  ],
  ['http-not-cli-or-jobs', 'src/http', 'src/(cli|jobs)', 'Routes do not start commands or jobs.'],
  [
    'jobs-call-services',
    'src/jobs',
    'src/(http|cli)',
    'Jobs (src/jobs) call services; they do not reach routes, commands or the web app.',
  ],
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A module cycle: modules that import each other, directly or through others.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-imports-only-domain',
      severity: 'error',
      comment:
        'src/domain holds the rules, shared by server and browser: it imports the domain and npm packages only.',
      from: { path: '^src/domain/' },
      to: { path: '^(src|web|test|e2e|bench|scripts)/', pathNot: '^src/domain/' },
    },
    {
      name: 'contracts-import-only-domain',
      severity: 'error',
      comment: 'src/contracts (the API shapes) import the domain, each other and npm packages only.',
      from: { path: '^src/contracts/' },
      to: { path: '^(src|web|test|e2e|bench|scripts)/', pathNot: '^src/(domain|contracts)/' },
    },
    {
      name: 'browser-safe-without-node',
      severity: 'error',
      comment:
        'src/domain and src/contracts run in the browser too: no Node built-in modules (tests excepted).',
      from: { path: '^src/(domain|contracts)/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    ...LOWER_LAYERS.map(([name, layer, above, comment]) => ({
      name,
      severity: 'error',
      comment,
      from: { path: `^${layer}/`, pathNot: TESTS },
      to: { path: `^(${above}|web)/` },
    })),
    {
      name: 'web-imports-domain-and-contracts',
      severity: 'error',
      comment: 'The web app takes from src/ only the domain and the contracts.',
      from: { path: '^web/src/', pathNot: TESTS },
      to: { path: '^src/', pathNot: '^src/(domain|contracts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
  },
};

// Mutation testing of src/model/: `npm run mutate`. Incremental, so a second run only tests what changed.
// Narrow a run with e.g. `npm run mutate -- --mutate 'src/model/checks/**/*.ts'`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/model/**/*.ts'],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/mutation/model/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/model/index.html' },
  jsonReporter: { fileName: 'reports/mutation/model/mutation.json' },
  clearTextReporter: { allowColor: false, reportMutants: false, reportTests: false },
  // Two shared cores: one mutant at a time per core at most.
  concurrency: 2,
  // A mutant that loops is stopped after 1.5 × the tests' own time plus this margin (the machine is shared).
  timeoutMS: 10_000,
  // A mutant in a module-level constant (the rule list, hint tables) can only be tested by re-running the
  // whole suite (~70 s here) — a third of all mutants, hours on two cores. They are left out of the score;
  // the report counts them as Ignored. `npm run mutate -- --ignoreStatic false` runs them.
  ignoreStatic: true,
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  // Stryker rewrites tsconfig.json paths with the TypeScript JS API, which TypeScript 7 no longer has; our
  // tsconfig only extends a package in node_modules (linked into the sandbox), so there is nothing to rewrite.
  tsconfigFile: 'no-tsconfig-rewrite.json',
  ignorePatterns: ['dist', 'dist-base', 'dist-offline', '.astro', 'reports', 'screenshots', '.bench', 'test-results'],
};

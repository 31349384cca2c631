// Mutation testing of scripts/: `npm run mutate:scripts`. Same settings as src/model/, own reports.
// Most of scripts/ runs in child processes of the CLI tests, which Stryker's in-process coverage cannot
// follow: expect a high "no coverage" count; the score that matters is the one on src/model/.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['scripts/**/*.ts'],
  incrementalFile: 'reports/mutation/scripts/stryker-incremental.json',
  htmlReporter: { fileName: 'reports/mutation/scripts/index.html' },
  jsonReporter: { fileName: 'reports/mutation/scripts/mutation.json' },
};

// Fault injection: one fault at a time against the real processes (api, worker, Temporal dev server, PostgreSQL),
// then the invariants. Needs `npm run build` (the api and the worker run compiled). One file at a time.
module.exports = require('./base')({
  displayName: 'faults',
  testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup-faults.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 180_000,
});

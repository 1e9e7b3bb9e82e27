// End-to-end: api + worker + the real Temporal dev server + PostgreSQL, over HTTP. One file at a time.
module.exports = require('./base')({
  displayName: 'e2e',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup-e2e.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 120_000,
});

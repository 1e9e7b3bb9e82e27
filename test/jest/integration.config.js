// Integration tests on a real PostgreSQL 15 with the real migrations (one fresh database per test file).
module.exports = require('./base')({
  displayName: 'integration',
  testMatch: ['<rootDir>/test/integration/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup-postgres.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
});

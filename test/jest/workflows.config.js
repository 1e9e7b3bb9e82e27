// Workflow tests on Temporal's Java time-skipping test server.
module.exports = require('./base')({
  displayName: 'workflows',
  testMatch: ['<rootDir>/workflows/**/*.workflow.spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup-workflows.ts',
  testTimeout: 60_000,
});

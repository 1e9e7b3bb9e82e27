// The officers' web app in a real browser: Debian's Chromium driven by playwright-core, against api + worker + the
// real Temporal dev server + PostgreSQL (the e2e infrastructure) and the app as `npm run build` builds it.
module.exports = require('./base')({
  displayName: 'web',
  testMatch: ['<rootDir>/test/web/**/*.web-spec.ts'],
  globalSetup: '<rootDir>/test/web/global-setup-web.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 180_000,
});

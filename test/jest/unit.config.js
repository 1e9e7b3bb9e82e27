// Domain and unit tests: no servers. Also builds the workflow bundle, checks the Docker deployment file and that the
// web app's API types match the OpenAPI document.
module.exports = require('./base')({
  displayName: 'unit',
  testMatch: [
    '<rootDir>/libs/**/*.spec.ts',
    '<rootDir>/apps/**/*.spec.ts',
    '<rootDir>/test/deployment/**/*.spec.ts',
    '<rootDir>/test/web/**/*.spec.ts',
  ],
  testTimeout: 60_000,
});

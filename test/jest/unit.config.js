// Domain and unit tests: no servers. Also builds the workflow bundle and checks the Docker deployment file.
module.exports = require('./base')({
  displayName: 'unit',
  testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/test/deployment/**/*.spec.ts'],
  testTimeout: 60_000,
});

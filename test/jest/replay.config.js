// Determinism guard: recorded histories replayed through today's workflow code. No server needed.
module.exports = require('./base')({
  displayName: 'replay',
  testMatch: ['<rootDir>/test/replay/**/*.replay-spec.ts'],
  testTimeout: 60_000,
});

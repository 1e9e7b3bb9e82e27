// Shared Jest settings for every tier: ts-jest in transpile-only mode (tsconfig has isolatedModules; `npm run
// typecheck` is the type gate), the @htx/* aliases, and the repository root as rootDir.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('../../tsconfig.json');

module.exports = (tier) => ({
  displayName: tier.displayName,
  rootDir: '../..',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tools/', '<rootDir>/.data/'],
  ...tier,
});

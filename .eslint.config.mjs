// ESLint flat config (run as `eslint -c .eslint.config.mjs`): typed rules everywhere, plus the fences that keep
// libs/domain pure and workflows/ deterministic.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const FRAMEWORKS_AND_IO = () => [
  OTHER_PROJECTS_BY_PATH,
  { group: ['@nestjs/*'], message: 'Framework code stays out of this layer (STYLE.md).' },
  {
    group: ['typeorm', 'pg', 'class-validator', 'class-transformer'],
    message: 'Persistence and DTO code stays out of this layer.',
  },
  { group: ['node:*'], message: 'Node built-ins are not deterministic or not bundleable here.' },
  {
    group: ['@htx/persistence', '@htx/config', '@htx/temporal-client', '@htx/dev-infra'],
    message: 'Only @htx/domain and @htx/contracts are allowed here.',
  },
];
const OTHER_PROJECTS_BY_PATH = {
  group: ['**/libs/**', '**/apps/**', '**/workflows/**'],
  message: 'Import other projects through the @htx/* aliases, not by path.',
};
const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'process',
  'util',
  'events',
  'stream',
  'timers',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      '.tools/**',
      '.data/**',
      'node_modules/**',
      '**/*.js',
      '**/*.mjs',
      'apps/web/src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-imports': ['error', { patterns: [OTHER_PROJECTS_BY_PATH] }],
    },
  },
  {
    // Decorator metadata needs these imported as values (Nest DI, class-validator, TypeORM).
    files: ['apps/**/*.ts', 'libs/persistence/**/*.ts', 'libs/config/**/*.ts', 'libs/temporal-client/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['libs/domain/**/*.ts', 'workflows/**/*.ts', 'libs/contracts/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: NODE_BUILTINS, patterns: FRAMEWORKS_AND_IO() }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', 'setTimeout', 'setInterval'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Time comes in as an argument (or from workflow time).',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Randomness comes in as an argument.',
        },
      ],
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    ignores: ['**/*.spec.ts', 'libs/domain/src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS,
          patterns: [
            ...FRAMEWORKS_AND_IO(),
            { group: ['@temporalio/*', '@htx/*'], message: 'libs/domain depends on nothing.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'NewExpression[callee.name="Date"][arguments.length=0]',
          message: 'The domain never reads the clock: pass time in.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The domain never reads the clock: pass time in.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Randomness comes in as an argument.',
        },
      ],
    },
  },
  {
    // The officers' web app (browser code, its own tsconfig): React's rules of hooks, and nothing but the documented
    // API — no project code, no Node built-ins.
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            OTHER_PROJECTS_BY_PATH,
            { group: ['@htx/*', 'node:*'], message: 'The web app talks to the api over HTTP only (apps/web/src/api).' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*-spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      // Tests, the bench and their support may reach into an app's sources (the worker's bundler, the api's factory).
      'no-restricted-imports': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);

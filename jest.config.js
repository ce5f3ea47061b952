/** Jest: TypeScript through ts-jest (CommonJS tsconfig); UI tests opt into jsdom with a docblock. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // tsconfig.jest.json has isolatedModules: ts-jest transpiles file by file without type checking;
    // `npm test` runs `tsc --noEmit` (npm run typecheck) first for that.
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  moduleNameMapper: {
    // jest 29's jsdom environment resolves the "browser" export of uuid (exceljs's dependency), which is ESM only.
    '^uuid$': require.resolve('uuid'),
    '\\.(css|svg|png)$': '<rootDir>/test/support/asset-stub.js',
  },
  setupFiles: ['<rootDir>/test/support/text-codec.js'],
  // One worker per core. Jest's default is cores − 1, which on a 2-core machine means one worker in
  // band; the main process only collects results, and the browser suite waits on webpack and Chromium.
  maxWorkers: '100%',
  // The browser suite first: it builds dist/ (see the file).
  testSequencer: '<rootDir>/test/support/sequencer.js',
  testTimeout: 60000,
};

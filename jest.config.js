/** Jest: TypeScript through ts-jest (CommonJS tsconfig); UI tests opt into jsdom with a docblock. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  moduleNameMapper: {
    // jest 29's jsdom environment resolves the "browser" export of uuid (exceljs's dependency), which is ESM only.
    '^uuid$': require.resolve('uuid'),
    '\\.(css|svg|png)$': '<rootDir>/test/support/asset-stub.js',
  },
  setupFiles: ['<rootDir>/test/support/text-codec.js'],
  testTimeout: 60000,
};

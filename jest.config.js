/** Jest: TypeScript through ts-jest (CommonJS tsconfig); UI tests opt into jsdom with a docblock. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  moduleNameMapper: {
    '\\.(css|svg|png)$': '<rootDir>/test/support/asset-stub.js',
  },
  testTimeout: 60000,
};

/** Jest runs the TypeScript sources as ES modules through SWC (Payload 3 is ESM-only). */
export default {
  testEnvironment: 'node',
  // Lexical's "node" entry points use top-level await, which Node 20 sometimes never settles (exit 13):
  // the "development" condition selects its plain builds.
  testEnvironmentOptions: { customExportConditions: ['development', 'node', 'node-addons'] },
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // The package's own entry points, from the sources (tsconfig.json's paths say the same to tsc and tsx).
    '^payload-plugin-newsroom$': '<rootDir>/src/index.ts',
    '^payload-plugin-newsroom/(client|rsc)$': '<rootDir>/src/admin/$1.ts',
    '^payload-plugin-newsroom/express$': '<rootDir>/src/express/index.ts',
    '^payload-plugin-newsroom/migrations$': '<rootDir>/src/migrations/index.ts',
    '^payload-plugin-newsroom/next$': '<rootDir>/src/next/index.ts',
    '^payload-plugin-newsroom/types$': '<rootDir>/src/types.ts',
  },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testTimeout: 60000,
}

// The topology proofs (test/cluster): the integration tests' transform, but no dev server: the
// suite starts the real Temporal server, PostgreSQL and the processes itself.
const { projects } = require('./jest.config.js');
const { globalSetup, globalTeardown, ...integration } = projects.find((p) => p.displayName === 'integration');

module.exports = {
  testTimeout: 360_000,
  projects: [{ ...integration, displayName: 'cluster', testMatch: ['<rootDir>/test/cluster/**/*.cluster.ts'] }],
};

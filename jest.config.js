// One transform for every project: swc strips types and keeps decorator metadata,
// and turns the ESM-only packages (NestJS 12, nodemailer 10, csv-parse) into CommonJS.
const transform = {
  '^.+\\.(t|j|mj)s$': [
    '@swc/jest',
    {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
      },
      module: { type: 'commonjs' },
    },
  ],
};
const fs = require('node:fs');
const path = require('node:path');

/** Every installed package that ships ESM only ("type": "module"), nested ones included. */
function esmPackages(dir, found = new Set()) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const names = entry.name.startsWith('@')
      ? fs.readdirSync(path.join(dir, entry.name)).map((n) => `${entry.name}/${n}`)
      : [entry.name];
    for (const name of names) {
      const pkgDir = path.join(dir, name);
      try {
        if (JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).type === 'module') found.add(name);
      } catch {
        // not a package
      }
      esmPackages(path.join(pkgDir, 'node_modules'), found);
    }
  }
  return found;
}

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const esm = [...esmPackages(path.join(__dirname, 'node_modules'))].map(escape).join('|');
const base = {
  transform,
  // Skip node_modules unless the innermost package of the path is ESM-only.
  transformIgnorePatterns: [`^(?!.*/node_modules/(?:${esm})/(?!.*/node_modules/)).*/node_modules/`],
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};

module.exports = {
  // Real servers and real timers of a few seconds: jest's 5 s default is too tight.
  testTimeout: 60_000,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/bench/**/*.spec.ts'],
    },
    {
      ...base,
      // Each workflow's logic on Temporal's time-skipping test server, one server per file.
      displayName: 'workflow',
      testMatch: ['<rootDir>/workflows/**/*.spec.ts'],
    },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};

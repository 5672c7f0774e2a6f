import { loadConfig } from '../../config/src/app-config';
import { createDataSource } from './data-source';

/** `node dist/libs/persistence/src/cli.js run|show|revert`: migrations for operators. */
async function main(command: string | undefined): Promise<void> {
  const dataSource = createDataSource(loadConfig().database);
  await dataSource.initialize();
  try {
    if (command === 'run') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'database is up to date');
    } else if (command === 'show') {
      const pending = await dataSource.showMigrations();
      console.log(pending ? 'migrations are pending' : 'database is up to date');
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('reverted the last migration');
    } else {
      throw new Error(`usage: cli.js run|show|revert (got "${command ?? ''}")`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2]).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

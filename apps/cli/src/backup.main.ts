import { loadConfig } from '../../../libs/config/src';
import { backupDatabase, restoreDatabase } from '../../../libs/persistence/src/backup';

/** `npm run backup -- FILE` and `npm run restore -- FILE`: the project's database (DATABASE_URL), to a file and back. */
async function main([command, file]: string[]): Promise<void> {
  if ((command !== 'backup' && command !== 'restore') || !file) throw new Error('usage: npm run backup -- FILE | npm run restore -- FILE');
  const { database } = loadConfig();
  const where = database.kind === 'sqlite' ? database.path : new URL(database.url).pathname.slice(1);
  if (command === 'backup') {
    await backupDatabase(database, file);
    console.log(`backed up ${database.kind} database ${where} to ${file}`);
  } else {
    await restoreDatabase(database, file);
    console.log(`restored ${file} into ${database.kind} database ${where}`);
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

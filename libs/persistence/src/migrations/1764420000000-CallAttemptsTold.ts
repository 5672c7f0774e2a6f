import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * A call is stored first and then entered in its tasks' histories through their workflows; the
 * instant they took it tells the calls still to be entered after a crash or while Temporal was
 * down. Calls stored before were written with their history entries in one transaction.
 */
export class CallAttemptsTold1764420000000 implements MigrationInterface {
  name = 'CallAttemptsTold1764420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('call_attempts', new TableColumn({ name: 'told_at', type: 'varchar', length: '24', isNullable: true }));
    await q.query('UPDATE call_attempts SET told_at = created_at');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('call_attempts', 'told_at');
  }
}

import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Workflow starts written with the rows they belong to, so no commit is left without its workflow. */
export class CreatePendingStarts1764250000000 implements MigrationInterface {
  name = 'CreatePendingStarts1764250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'pending_starts',
        columns: [
          { name: 'workflow_id', type: 'varchar', length: '200', isPrimary: true },
          { name: 'workflow_type', type: 'varchar', length: '60' },
          { name: 'input', type: 'text' },
          { name: 'created_at', type: 'varchar', length: '24' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('pending_starts');
  }
}

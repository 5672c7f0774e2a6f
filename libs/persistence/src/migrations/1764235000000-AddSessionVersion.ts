import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** A person's session version: a password change or reset raises it, ending every login token issued before. */
export class AddSessionVersion1764235000000 implements MigrationInterface {
  name = 'AddSessionVersion1764235000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('people', new TableColumn({ name: 'session_version', type: 'integer', default: 0 }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('people', 'session_version');
  }
}

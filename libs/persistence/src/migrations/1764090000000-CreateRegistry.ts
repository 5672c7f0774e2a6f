import { MigrationInterface, QueryRunner, Table, TableForeignKey } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const instant = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '24', isNullable });

/** Written with the Table API, not raw SQL, so one migration serves SQLite and PostgreSQL. */
export class CreateRegistry1764090000000 implements MigrationInterface {
  name = 'CreateRegistry1764090000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'units',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'parent_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'contact_emails', type: 'text' },
          { name: 'contact_phone', type: 'varchar', length: '40', isNullable: true },
          { name: 'leader_email', type: 'varchar', length: '254', isNullable: true },
          { name: 'active', type: 'boolean', default: true },
          instant('created_at'),
          instant('updated_at'),
        ],
        indices: [{ name: 'uq_units_name', columnNames: ['name'], isUnique: true }],
        foreignKeys: [
          new TableForeignKey({ columnNames: ['parent_id'], referencedTableName: 'units', referencedColumnNames: ['id'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'people',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'unit_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'roles', type: 'text' },
          { name: 'signer_level', type: 'integer', isNullable: true },
          { name: 'password_hash', type: 'varchar', length: '255', isNullable: true },
          { name: 'must_change_password', type: 'boolean', default: false },
          { name: 'active', type: 'boolean', default: true },
          instant('created_at'),
          instant('updated_at'),
        ],
        indices: [
          { name: 'uq_people_email', columnNames: ['email'], isUnique: true },
          { name: 'ix_people_unit', columnNames: ['unit_id'] },
        ],
        foreignKeys: [
          new TableForeignKey({ columnNames: ['unit_id'], referencedTableName: 'units', referencedColumnNames: ['id'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'api_tokens',
        columns: [
          id,
          { name: 'person_id', type: 'varchar', length: '36' },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'token_hash', type: 'varchar', length: '64' },
          instant('expires_at', true),
          instant('revoked_at', true),
          instant('last_used_at', true),
          instant('created_at'),
        ],
        indices: [{ name: 'uq_api_tokens_hash', columnNames: ['token_hash'], isUnique: true }],
        foreignKeys: [
          new TableForeignKey({ columnNames: ['person_id'], referencedTableName: 'people', referencedColumnNames: ['id'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('api_tokens');
    await q.dropTable('people');
    await q.dropTable('units');
  }
}

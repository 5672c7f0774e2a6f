import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** The operation log (操作日志) of administrative changes, hash-chained like the trail. */
export class CreateAuditLog1764260000000 implements MigrationInterface {
  name = 'CreateAuditLog1764260000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          { name: 'seq', type: 'integer', isPrimary: true },
          { name: 'occurred_at', type: 'varchar', length: '24' },
          { name: 'actor_id', type: 'varchar', length: '36' },
          { name: 'actor_name', type: 'varchar', length: '100' },
          { name: 'address', type: 'varchar', length: '64' },
          { name: 'action', type: 'varchar', length: '120' },
          { name: 'entity_type', type: 'varchar', length: '40' },
          { name: 'entity_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'before', type: 'text', isNullable: true },
          { name: 'after', type: 'text', isNullable: true },
          { name: 'prev_hash', type: 'varchar', length: '64' },
          { name: 'hash', type: 'varchar', length: '64' },
        ],
      }),
    );
    await q.createIndex('audit_log', new TableIndex({ name: 'ix_audit_log_entity', columnNames: ['entity_type', 'entity_id'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('audit_log');
  }
}

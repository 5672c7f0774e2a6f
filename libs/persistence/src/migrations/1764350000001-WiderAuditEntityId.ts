import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * An entry's record may be named by more than one id (a unit's report lock: `2025/<unit id>`)
 * or by any route's path parameter, now that every write of an admin is recorded.
 */
export class WiderAuditEntityId1764350000001 implements MigrationInterface {
  name = 'WiderAuditEntityId1764350000001';

  async up(q: QueryRunner): Promise<void> {
    await q.changeColumn('audit_log', 'entity_id', new TableColumn({ name: 'entity_id', type: 'varchar', length: '120', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.changeColumn('audit_log', 'entity_id', new TableColumn({ name: 'entity_id', type: 'varchar', length: '36', isNullable: true }));
  }
}

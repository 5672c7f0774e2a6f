import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** The daily anchor log of chain heads; existing trails are anchored from the first finished day after this runs. */
export class CreateTrailAnchors1764310000000 implements MigrationInterface {
  name = 'CreateTrailAnchors1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'trail_anchors',
        columns: [
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          { name: 'digest', type: 'varchar', length: '64' },
          { name: 'prev_digest', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'varchar', length: '24' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'trail_anchor_heads',
        columns: [
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          { name: 'chain', type: 'varchar', length: '60', isPrimary: true },
          { name: 'seq', type: 'integer' },
          { name: 'hash', type: 'varchar', length: '64' },
        ],
      }),
    );
    await q.createIndex('trail_anchor_heads', new TableIndex({ name: 'ix_trail_anchor_heads_chain', columnNames: ['chain', 'day'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('trail_anchor_heads');
    await q.dropTable('trail_anchors');
  }
}

import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { loadConfig } from '../../../config/src/app-config';
import { resolveTrailKey } from '../../../config/src/generated-secret';
import { legacySealMac } from '../../../domain/src/signoff/trail-chain';

/**
 * The trail becomes an HMAC chain under TRAIL_KEY. Entries already written keep their unkeyed
 * hash; each document's are sealed here, in the migration's transaction, with an HMAC of where
 * they end, so no one without the key can pass off a rewritten chain as one from before.
 */
export class SealLegacyTrails1764240000000 implements MigrationInterface {
  name = 'SealLegacyTrails1764240000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'trail_seals',
        columns: [
          { name: 'document_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'legacy_entries', type: 'integer' },
          { name: 'head_hash', type: 'varchar', length: '64' },
          { name: 'seal', type: 'varchar', length: '64' },
        ],
      }),
    );
    const heads: Array<{ document_id: string; seq: number; hash: string }> = await q.query(
      'SELECT t.document_id, t.seq, t.hash FROM trail_entries t WHERE t.seq = (SELECT MAX(u.seq) FROM trail_entries u WHERE u.document_id = t.document_id)',
    );
    if (heads.length === 0) return;
    // The process applying migrations runs on the settings the API and worker use.
    const key = resolveTrailKey(loadConfig());
    for (const head of heads) {
      const seal = legacySealMac(head.document_id, { seq: Number(head.seq), hash: head.hash }, key);
      const [sql, parameters] = q.connection.driver.escapeQueryWithParameters(
        'INSERT INTO trail_seals (document_id, legacy_entries, head_hash, seal) VALUES (:documentId, :entries, :headHash, :seal)',
        { documentId: head.document_id, entries: Number(head.seq), headHash: head.hash, seal },
      );
      await q.query(sql, parameters);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('trail_seals');
  }
}

import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * The outbox claims a batch in one statement and finds its rows again by a token. Both are
 * indexed: a column read by scanning sits behind each message's text and HTML, and the sent
 * messages, nearly all of the table after a while, are never read again by a poll.
 */
export class AddMailClaimToken1764291000000 implements MigrationInterface {
  name = 'AddMailClaimToken1764291000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('mail_outbox', new TableColumn({ name: 'claim_token', type: 'varchar', length: '36', isNullable: true }));
    await q.createIndex('mail_outbox', new TableIndex({ name: 'ix_mail_outbox_claim_token', columnNames: ['claim_token'] }));
    await q.createIndex('mail_outbox', new TableIndex({ name: 'ix_mail_outbox_status_created', columnNames: ['status', 'created_at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('mail_outbox', 'ix_mail_outbox_status_created');
    await q.dropIndex('mail_outbox', 'ix_mail_outbox_claim_token');
    await q.dropColumn('mail_outbox', 'claim_token');
  }
}

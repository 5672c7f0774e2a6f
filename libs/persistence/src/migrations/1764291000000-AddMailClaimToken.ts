import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** The outbox claims a batch in one statement and finds its rows again by this token. */
export class AddMailClaimToken1764291000000 implements MigrationInterface {
  name = 'AddMailClaimToken1764291000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('mail_outbox', new TableColumn({ name: 'claim_token', type: 'varchar', length: '36', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('mail_outbox', 'claim_token');
  }
}

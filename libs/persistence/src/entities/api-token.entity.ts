import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/** A long-lived credential for an integration; only its SHA-256 is stored. */
@Entity('api_tokens')
export class ApiTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'person_id', type: 'varchar', length: 36 })
  personId!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Index('uq_api_tokens_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @InstantColumn({ name: 'expires_at', nullable: true })
  expiresAt!: Date | null;

  @InstantColumn({ name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @InstantColumn({ name: 'last_used_at', nullable: true })
  lastUsedAt!: Date | null;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One link of a document's hash-chained trail; appended, never updated or deleted by the system. */
@Entity('trail_entries')
export class TrailEntryEntity {
  @PrimaryColumn({ name: 'document_id', type: 'varchar', length: 36 })
  documentId!: string;

  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 40 })
  event!: string;

  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 100 })
  actorName!: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 30 })
  actorRole!: string;

  @Column({ type: 'integer', nullable: true })
  level!: number | null;

  /** The ISO instant exactly as hashed. */
  @Column({ name: 'occurred_at', type: 'varchar', length: 24 })
  occurredAt!: string;

  @Column({ name: 'document_sha256', type: 'varchar', length: 64 })
  documentSha256!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'simple-json' })
  data!: Record<string, unknown>;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}

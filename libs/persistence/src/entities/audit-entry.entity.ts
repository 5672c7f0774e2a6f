import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One link of the hash-chained operation log (操作日志); appended, never updated or deleted by the system. */
@Entity('audit_log')
@Index('ix_audit_log_entity', ['entityType', 'entityId'])
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  /** The ISO instant exactly as hashed. */
  @Column({ name: 'occurred_at', type: 'varchar', length: 24 })
  occurredAt!: string;

  @Column({ name: 'actor_id', type: 'varchar', length: 36 })
  actorId!: string;

  @Column({ name: 'actor_name', type: 'varchar', length: 100 })
  actorName!: string;

  @Column({ type: 'varchar', length: 64 })
  address!: string;

  @Column({ type: 'varchar', length: 120 })
  action!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 40 })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 120, nullable: true })
  entityId!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  before!: unknown;

  @Column({ type: 'simple-json', nullable: true })
  after!: unknown;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One line of a request's record: a statutory event or the system's own; appended, never changed. */
@Entity('request_events')
export class RequestEventEntity {
  @PrimaryColumn({ name: 'request_id', type: 'varchar', length: 36 })
  requestId!: string;

  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 40 })
  type!: string;

  /** The date of the fact (Shanghai), which the clock counts from. */
  @Column({ type: 'varchar', length: 10 })
  date!: string;

  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 100 })
  actorName!: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 30 })
  actorRole!: string;

  @Column({ type: 'simple-json' })
  data!: Record<string, unknown>;

  /** When it was recorded: an ISO instant, which may be long after `date` for facts entered late. */
  @Column({ name: 'occurred_at', type: 'varchar', length: 24 })
  occurredAt!: string;
}

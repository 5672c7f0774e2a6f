import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry of a task's append-only history. `key` makes each write idempotent: the workflow's
 * steps are `wf:<seq>`; calls recorded before the workflow took them (recordCall) were written by
 * the API as `call:<attemptId>`.
 */
@Entity('task_history')
export class TaskHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'task_id', type: 'varchar', length: 36 })
  taskId!: string;

  @Column({ type: 'varchar', length: 80 })
  key!: string;

  @Column({ type: 'varchar', length: 40 })
  event!: string;

  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 100 })
  actorName!: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 30 })
  actorRole!: string;

  @Column({ name: 'occurred_at', type: 'varchar', length: 24 })
  occurredAt!: string;

  @Column({ type: 'simple-json' })
  data!: Record<string, unknown>;
}

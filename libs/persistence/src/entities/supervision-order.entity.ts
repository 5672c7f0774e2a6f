import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/** A supervision order (督办单) issued to a unit for an overdue task, and the unit's reply. */
@Entity('supervision_orders')
export class SupervisionOrderEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Who issued it and why, e.g. task:<id>:overdue: the same order is never issued twice. */
  @Column({ name: 'order_key', type: 'varchar', length: 120 })
  orderKey!: string;

  /** 督〔2026〕第7号 */
  @Column({ type: 'varchar', length: 40 })
  number!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'integer' })
  level!: number;

  @Column({ name: 'unit_id', type: 'varchar', length: 36 })
  unitId!: string;

  @Column({ name: 'task_id', type: 'varchar', length: 36 })
  taskId!: string;

  @Column({ name: 'action_demanded', type: 'text' })
  actionDemanded!: string;

  @Column({ name: 'issued_on', type: 'varchar', length: 10 })
  issuedOn!: string;

  @InstantColumn({ name: 'reply_due_at' })
  replyDueAt!: Date;

  /** awaiting_reply, replied, escalated (no reply in time; the unit's leader was told). */
  @Column({ type: 'varchar', length: 20 })
  status!: string;

  @Column({ name: 'reply_text', type: 'text', nullable: true })
  replyText!: string | null;

  @Column({ name: 'replied_by', type: 'varchar', length: 36, nullable: true })
  repliedBy!: string | null;

  @InstantColumn({ name: 'replied_at', nullable: true })
  repliedAt!: Date | null;

  @InstantColumn({ name: 'escalated_at', nullable: true })
  escalatedAt!: Date | null;
}

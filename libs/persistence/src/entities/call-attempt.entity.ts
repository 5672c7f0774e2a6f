import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/** One call made for an assignment, and what came of it. */
@Entity('call_attempts')
export class CallAttemptEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'assignment_id', type: 'varchar', length: 36 })
  assignmentId!: string;

  @Column({ type: 'integer' })
  attempt!: number;

  @Column({ name: 'called_on', type: 'varchar', length: 10 })
  calledOn!: string;

  /** reached or unreachable. */
  @Column({ type: 'varchar', length: 20 })
  outcome!: string;

  @Column({ name: 'contact_name', type: 'varchar', length: 100, nullable: true })
  contactName!: string | null;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ name: 'promised_on', type: 'varchar', length: 10, nullable: true })
  promisedOn!: string | null;

  @Column({ name: 'called_by', type: 'varchar', length: 36 })
  calledBy!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;

  /** When every open task of the call had it in its history; null while that is still to do. */
  @InstantColumn({ name: 'told_at', nullable: true })
  toldAt!: Date | null;
}

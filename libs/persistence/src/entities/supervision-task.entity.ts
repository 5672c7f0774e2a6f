import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/**
 * The read model of one supervised task, written by the API at creation and afterwards only by
 * the task workflow's activity; the workflow owns the truth.
 */
@Entity('supervision_tasks')
export class SupervisionTaskEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 36, nullable: true })
  planId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** plan, inspection or last_place_reminder. */
  @Column({ type: 'varchar', length: 30 })
  source!: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 36 })
  unitId!: string;

  @Column({ name: 'owner_id', type: 'varchar', length: 36, nullable: true })
  ownerId!: string | null;

  @Column({ name: 'due_on', type: 'varchar', length: 10 })
  dueOn!: string;

  /** The instant the time limit runs out: the end of dueOn in Shanghai, or sooner for a limit in hours. */
  @InstantColumn({ name: 'due_at' })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 20 })
  status!: string;

  @Column({ type: 'boolean', default: false })
  overdue!: boolean;

  @Column({ type: 'integer', default: 0 })
  submissions!: number;

  @Column({ name: 'submitted_on', type: 'varchar', length: 10, nullable: true })
  submittedOn!: string | null;

  @Column({ name: 'verified_on', type: 'varchar', length: 10, nullable: true })
  verifiedOn!: string | null;

  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason!: string | null;

  @Column({ name: 'evidence_note', type: 'text', nullable: true })
  evidenceNote!: string | null;

  @Column({ name: 'evidence_links', type: 'simple-json' })
  evidenceLinks!: string[];

  @Column({ name: 'evidence_file_ids', type: 'simple-json' })
  evidenceFileIds!: string[];

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;

  /** The workflow step whose projection this row holds; a write of an older step is dropped (writeProjection). */
  @Column({ name: 'step_seq', type: 'integer', nullable: true })
  stepSeq!: number | null;

  @InstantColumn({ name: 'updated_at' })
  updatedAt!: Date;
}

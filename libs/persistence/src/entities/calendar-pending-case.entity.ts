import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/**
 * An open case not yet told of the latest calendar version published for it: written with the
 * publication, deleted once its workflow took the signal. The API tells what is left on every
 * publication and every PENDING_START_INTERVAL, so a Temporal down at the moment of publishing
 * leaves no case on the old dates. One row per case: a newer publication takes the row over.
 */
@Entity('calendar_pending_cases')
export class CalendarPendingCaseEntity {
  @PrimaryColumn({ name: 'workflow_id', type: 'varchar', length: 200 })
  workflowId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'case_type', type: 'varchar', length: 10 })
  caseType!: 'document' | 'task' | 'request';

  @Column({ name: 'case_id', type: 'varchar', length: 36 })
  caseId!: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 36 })
  unitId!: string;

  @Column({ type: 'varchar', length: 300 })
  label!: string;

  /** False when the case could not be asked what would move: its unit is mailed its moves when it is told. */
  @Column({ name: 'moves_mailed', type: 'boolean' })
  movesMailed!: boolean;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @InstantColumn({ name: 'since' })
  since!: Date;
}

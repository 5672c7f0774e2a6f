import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/**
 * A workflow that must run for rows just written: inserted in the same transaction as the rows,
 * deleted once the workflow is started. The API's starter starts whatever is left (a crash
 * between the commit and the start) by the workflow's deterministic id, so a duplicate is harmless.
 */
@Entity('pending_starts')
export class PendingStartEntity {
  @PrimaryColumn({ name: 'workflow_id', type: 'varchar', length: 200 })
  workflowId!: string;

  @Column({ name: 'workflow_type', type: 'varchar', length: 60 })
  workflowType!: string;

  @Column({ type: 'simple-json' })
  input!: unknown;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;
}

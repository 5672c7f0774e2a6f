import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/** A unit (单位) of the body: the office itself, a department, a subordinate agency. */
@Entity('units')
export class UnitEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('uq_units_name', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'parent_id', type: 'varchar', length: 36, nullable: true })
  parentId!: string | null;

  @Column({ name: 'contact_emails', type: 'simple-json' })
  contactEmails!: string[];

  @Column({ name: 'contact_phone', type: 'varchar', length: 40, nullable: true })
  contactPhone!: string | null;

  @Column({ name: 'leader_email', type: 'varchar', length: 254, nullable: true })
  leaderEmail!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;

  @InstantColumn({ name: 'updated_at' })
  updatedAt!: Date;
}

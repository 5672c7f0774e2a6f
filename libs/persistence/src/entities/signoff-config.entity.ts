import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SignOffConfig } from '../../../domain/src/signoff/signoff-config';
import { InstantColumn } from '../instant-column';

/** A unit's own sign-off levels and time limits; a unit without a row uses the defaults. */
@Entity('signoff_configs')
export class SignOffConfigEntity {
  @PrimaryColumn({ name: 'unit_id', type: 'varchar', length: 36 })
  unitId!: string;

  @Column({ type: 'simple-json' })
  config!: SignOffConfig;

  @Column({ name: 'updated_by', type: 'varchar', length: 36 })
  updatedBy!: string;

  @InstantColumn({ name: 'updated_at' })
  updatedAt!: Date;
}

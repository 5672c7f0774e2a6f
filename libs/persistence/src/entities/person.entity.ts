import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Role, SignerLevel } from '../../../domain/src/registry/roles';
import { InstantColumn } from '../instant-column';

@Entity('people')
export class PersonEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Index('uq_people_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 36, nullable: true })
  unitId!: string | null;

  @Column({ type: 'simple-json' })
  roles!: Role[];

  @Column({ name: 'signer_level', type: 'integer', nullable: true })
  signerLevel!: SignerLevel | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true })
  passwordHash!: string | null;

  /** Set for a generated one-time password: the person must choose their own. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** In every login token; raised by a password change or reset, so older tokens stop working. */
  @Column({ name: 'session_version', type: 'integer', default: 0 })
  sessionVersion!: number;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;

  @InstantColumn({ name: 'updated_at' })
  updatedAt!: Date;
}

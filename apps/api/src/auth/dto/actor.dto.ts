import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '../../../../../libs/domain/src/registry/roles';

/** The caller as the server takes them to be: roles and unit from the database. */
export class ActorDto {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: string[];
  @ApiProperty({ nullable: true, type: String }) unitId!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: '1, 2 or 3 for a signer' }) signerLevel!: number | null;
  @ApiProperty({ enum: ['password', 'api_token'] }) via!: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ROLES, Role, SIGNER_LEVELS, SignerLevel } from '../../../../../libs/domain/src/registry/roles';
import { PageQuery } from '../../common/paging';

const ROLE_MESSAGE = `roles must hold only ${ROLES.join(', ')}`;
const LEVEL_MESSAGE = 'signerLevel must be 1 (科室负责人), 2 (分管领导) or 3 (主要负责人)';

export class CreatePersonDto {
  @ApiProperty({ example: '张三' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ example: 'zhangsan@jyj.example.cn' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId?: string | null;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true, message: ROLE_MESSAGE })
  roles!: Role[];

  @ApiPropertyOptional({ enum: SIGNER_LEVELS, nullable: true, type: Number })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsIn(SIGNER_LEVELS, { message: LEVEL_MESSAGE })
  signerLevel?: SignerLevel | null;
}

export class UpdatePersonDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId?: string | null;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true, message: ROLE_MESSAGE })
  roles?: Role[];

  @ApiPropertyOptional({ enum: SIGNER_LEVELS, nullable: true, type: Number })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsIn(SIGNER_LEVELS, { message: LEVEL_MESSAGE })
  signerLevel?: SignerLevel | null;
}

export class ListPeopleQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;
}

export class PersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ nullable: true, type: String }) unitId!: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ enum: SIGNER_LEVELS, nullable: true, type: Number }) signerLevel!: SignerLevel | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class PersonWithPasswordDto extends PersonDto {
  @ApiProperty({ description: 'a one-time password, shown once; the person must change it at first login' })
  oneTimePassword!: string;
}

export class PersonPageDto {
  @ApiProperty({ type: [PersonDto] }) items!: PersonDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

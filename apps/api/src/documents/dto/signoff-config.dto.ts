import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';

const DUE = /^\d{1,4}(wd|h|m|s)$/;
const DUE_MESSAGE = (field: string) => `${field} 应为时限，如 3wd（工作日）、4h、30m 或 45s`;

export class SignOffLevelDto {
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) level!: number;
  @ApiProperty({ example: '科室负责人' }) @IsString() @MinLength(1) @MaxLength(50) title!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: "unset: the unit's (or a parent unit's) signer of this level" })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'signerId must be a UUID' })
  signerId?: string | null;

  @ApiProperty({ example: '3wd' }) @Matches(DUE, { message: DUE_MESSAGE('due') }) due!: string;
}

export class PublicationTimingDto {
  @ApiProperty({ example: '20wd' }) @Matches(DUE, { message: DUE_MESSAGE('due') }) due!: string;
  @ApiProperty({ example: '3wd' }) @Matches(DUE, { message: DUE_MESSAGE('remindBefore') }) remindBefore!: string;
  @ApiProperty({ example: '5wd' }) @Matches(DUE, { message: DUE_MESSAGE('overdueRemindEvery') }) overdueRemindEvery!: string;
}

export class SignOffConfigDto {
  @ApiProperty({ type: [SignOffLevelDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => SignOffLevelDto)
  levels!: SignOffLevelDto[];

  @ApiProperty({ example: '1wd' }) @Matches(DUE, { message: DUE_MESSAGE('remindBefore') }) remindBefore!: string;
  @ApiProperty({ example: '1wd' }) @Matches(DUE, { message: DUE_MESSAGE('escalateAfter') }) escalateAfter!: string;

  @ApiProperty({ type: PublicationTimingDto })
  @ValidateNested()
  @Type(() => PublicationTimingDto)
  publication!: PublicationTimingDto;
}

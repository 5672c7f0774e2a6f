import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CreateRequestDto } from './request.dto';

export class TransferRequestDto {
  @ApiProperty({ format: 'uuid', description: 'the handling unit that takes the request over (转办)' })
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId!: string;

  @ApiProperty({ example: '申请事项属区民政局职责' })
  @IsString({ message: 'reason is required: the record says why' })
  @Matches(/\S/, { message: 'reason 不能为空白' })
  @MaxLength(2000)
  reason!: string;
}

/**
 * Any registration field, as it should have been entered; the ones equal to the registration are
 * left alone. receivedOn and requesterType are the office's to correct, with a reason.
 */
export class CorrectRegistrationDto extends PartialType(OmitType(CreateRequestDto, ['unitId'] as const)) {
  @ApiPropertyOptional({ example: '收件登记时误录', description: 'why; required when receivedOn or requesterType changes' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

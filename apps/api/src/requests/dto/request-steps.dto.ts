import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { OUTCOME_CODES, type OutcomeCode } from '../../../../../libs/domain/src/annual-report/request-format';
import { MAX_EXTENSION_WORKING_DAYS } from '../../../../../libs/domain/src/requests/request-events';
import { UploadedFileDto } from '../../common/uploaded-file.dto';
import { IsCalendarDate } from './calendar-date';
import { OUTCOME_MESSAGE } from './request.dto';

/* Each step is dated: the day it happened, today when omitted. Facts may be entered late. */

export class CorrectionNoticeDto {
  @ApiPropertyOptional({ example: '2024-10-08', description: 'the day the one correction notice was sent (default today)' })
  @IsOptional()
  @IsCalendarDate()
  sentOn?: string;

  @ApiProperty({ example: '2024-10-22', description: 'the date by which the requester must correct, as the notice states it' })
  @IsCalendarDate()
  correctionDue!: string;
}

export class CorrectionReceivedDto {
  @ApiPropertyOptional({ description: 'the day the corrected request was received (default today)' })
  @IsOptional()
  @IsCalendarDate()
  receivedOn?: string;

  @ApiPropertyOptional({ example: '邮政延误', description: 'why a correction after its due date still counts' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  goodReason?: string;
}

export class ExtensionDto {
  @ApiPropertyOptional({ description: 'the day the head of the office approved (default today)' })
  @IsOptional()
  @IsCalendarDate()
  approvedOn?: string;

  @ApiProperty({ minimum: 1, maximum: MAX_EXTENSION_WORKING_DAYS })
  @IsInt({ message: 'workingDays must be a whole number of working days' })
  @Min(1)
  @Max(MAX_EXTENSION_WORKING_DAYS, { message: `workingDays must not exceed ${MAX_EXTENSION_WORKING_DAYS} (art. 33)` })
  workingDays!: number;

  @ApiProperty({ example: '涉及多个部门，需调取档案' })
  @IsString({ message: 'reason is required: the requester is told why' })
  @Matches(/\S/, { message: 'reason 不能为空白' })
  @MaxLength(2000)
  reason!: string;
}

export class ConsultationDto {
  @ApiProperty({ example: '某某有限公司', description: 'the third party (or other body) asked for its opinion' })
  @IsString()
  @Matches(/\S/, { message: 'party 不能为空白' })
  @MaxLength(200)
  party!: string;

  @ApiPropertyOptional({ description: 'the day the opinion was asked for (default today)' })
  @IsOptional()
  @IsCalendarDate()
  startedOn?: string;
}

export class EndConsultationDto {
  @ApiProperty({ example: '某某有限公司' })
  @IsString()
  @Matches(/\S/, { message: 'party 不能为空白' })
  @MaxLength(200)
  party!: string;

  @ApiPropertyOptional({ description: 'the day the opinion came, or the consultation ended (default today)' })
  @IsOptional()
  @IsCalendarDate()
  endedOn?: string;

  @ApiPropertyOptional({ example: '不同意公开，涉及商业秘密' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  opinion?: string;
}

export class CloseDto {
  @ApiProperty({ enum: OUTCOME_CODES, description: 'exactly one leaf row of the annual report’s section 三' })
  @IsIn(OUTCOME_CODES, { message: OUTCOME_MESSAGE })
  outcome!: OutcomeCode;

  @ApiProperty({ example: '2024-10-30', description: 'the date of the answer' })
  @IsCalendarDate()
  answeredOn!: string;

  @ApiPropertyOptional({ description: 'the answer as text (or send answerFile)' })
  @ValidateIf((o: CloseDto) => o.answerFile === undefined || o.answerText !== undefined)
  @IsString({ message: 'answerText must be a string (send answerText or answerFile)' })
  @Matches(/\S/, { message: 'answerText 不能为空白' })
  @MaxLength(200_000)
  answerText?: string;

  @ApiPropertyOptional({ type: UploadedFileDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => UploadedFileDto)
  answerFile?: UploadedFileDto;
}

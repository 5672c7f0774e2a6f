import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CASE_KIND_CODES, CASE_RESULT_CODES, type CaseKind, type CaseResult } from '../../../../../libs/domain/src/annual-report/review-litigation-case';
import { PageQuery } from '../../common/paging';
import { IsCalendarDate } from '../../requests/dto/calendar-date';

const KIND_MESSAGE = `kind must be one of ${CASE_KIND_CODES.join(', ')}`;
const RESULT_MESSAGE = `result must be one of ${CASE_RESULT_CODES.join(', ')} (维持, 纠正, 其他, 尚未审结)`;

export class CreateCaseDto {
  @ApiProperty({ enum: CASE_KIND_CODES })
  @IsIn(CASE_KIND_CODES, { message: KIND_MESSAGE })
  kind!: CaseKind;

  @ApiProperty({ example: 2026, description: 'the report year the case is counted in' })
  @IsInt({ message: 'year must be a year such as 2026' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ enum: CASE_RESULT_CODES, default: 'pending' })
  @IsOptional()
  @IsIn(CASE_RESULT_CODES, { message: RESULT_MESSAGE })
  result?: CaseResult;

  @ApiPropertyOptional({ format: 'uuid', description: 'the information request the case is about' })
  @IsOptional()
  @IsUUID('all', { message: 'relatedRequestId must be a UUID' })
  relatedRequestId?: string;

  @ApiPropertyOptional({ example: '某府复〔2026〕12号' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  reference?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string;

  @ApiPropertyOptional({ example: '2026-03-02' })
  @IsOptional()
  @IsCalendarDate()
  filedOn?: string;

  @ApiPropertyOptional({ description: 'when the result was decided; only with a result other than pending' })
  @IsOptional()
  @IsCalendarDate()
  decidedOn?: string;
}

export class UpdateCaseResultDto {
  @ApiProperty({ enum: CASE_RESULT_CODES })
  @IsIn(CASE_RESULT_CODES, { message: RESULT_MESSAGE })
  result!: CaseResult;

  @ApiPropertyOptional({ description: 'when the result was decided; only with a result other than pending' })
  @IsOptional()
  @IsCalendarDate()
  decidedOn?: string;
}

export class ListCasesQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a year such as 2026' })
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: CASE_KIND_CODES })
  @IsOptional()
  @IsIn(CASE_KIND_CODES, { message: KIND_MESSAGE })
  kind?: CaseKind;

  @ApiPropertyOptional({ enum: CASE_RESULT_CODES })
  @IsOptional()
  @IsIn(CASE_RESULT_CODES, { message: RESULT_MESSAGE })
  result?: CaseResult;
}

export class CaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CASE_KIND_CODES }) kind!: string;
  @ApiProperty({ example: '行政复议' }) kindLabel!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ enum: CASE_RESULT_CODES }) result!: string;
  @ApiProperty({ example: '尚未审结' }) resultLabel!: string;
  @ApiProperty({ nullable: true, type: String }) relatedRequestId!: string | null;
  @ApiProperty({ nullable: true, type: String }) reference!: string | null;
  @ApiProperty({ nullable: true, type: String }) summary!: string | null;
  @ApiProperty({ nullable: true, type: String }) filedOn!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedOn!: string | null;
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty({ format: 'uuid' }) updatedBy!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class CasePageDto {
  @ApiProperty({ type: [CaseDto] }) items!: CaseDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

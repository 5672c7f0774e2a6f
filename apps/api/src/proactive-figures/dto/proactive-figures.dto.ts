import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { WAN_DECIMALS } from '../../../../../libs/domain/src/proactive/fee-amount';
import { IsCalendarDate } from '../../requests/dto/calendar-date';

const COUNT_MAX = 100_000_000;

/** One unit's figures for section 二 of a year's report. */
export class PutProactiveFiguresDto {
  @ApiProperty({ format: 'uuid', description: 'the unit whose figures these are; a unit contact may name only their own' })
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId!: string;

  @ApiProperty({ description: '行政许可: decisions made in the year' })
  @IsInt({ message: 'licensingDecisions must be a whole number' })
  @Min(0)
  @Max(COUNT_MAX)
  licensingDecisions!: number;

  @ApiProperty({ description: '行政处罚' })
  @IsInt({ message: 'penaltyDecisions must be a whole number' })
  @Min(0)
  @Max(COUNT_MAX)
  penaltyDecisions!: number;

  @ApiProperty({ description: '行政强制' })
  @IsInt({ message: 'enforcementDecisions must be a whole number' })
  @Min(0)
  @Max(COUNT_MAX)
  enforcementDecisions!: number;

  @ApiProperty({ example: 12.35, description: `行政事业性收费 in 万元, at most ${WAN_DECIMALS} decimals (1 分)` })
  @IsNumber({ maxDecimalPlaces: WAN_DECIMALS, allowNaN: false, allowInfinity: false }, { message: `administrativeFeesWan must be an amount in 万元 with at most ${WAN_DECIMALS} decimals` })
  @Min(0)
  @Max(COUNT_MAX)
  administrativeFeesWan!: number;
}

export class UnitFiguresDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() licensingDecisions!: number;
  @ApiProperty() penaltyDecisions!: number;
  @ApiProperty() enforcementDecisions!: number;
  @ApiProperty({ description: '万元' }) administrativeFeesWan!: number;
  @ApiProperty({ format: 'uuid' }) updatedBy!: string;
  @ApiProperty() updatedAt!: string;
}

export class FiguresTotalDto {
  @ApiProperty() licensingDecisions!: number;
  @ApiProperty() penaltyDecisions!: number;
  @ApiProperty() enforcementDecisions!: number;
  @ApiProperty({ description: '万元, added exactly' }) administrativeFeesWan!: number;
}

export class DocumentCountsDto {
  @ApiProperty({ description: '本年制发件数: signed in the year' }) issued!: number;
  @ApiProperty({ description: '本年废止件数' }) repealed!: number;
  @ApiProperty({ description: '现行有效件数 at the year end' }) inForce!: number;
}

export class ProactiveYearDto {
  @ApiProperty() year!: number;
  @ApiProperty({ type: [UnitFiguresDto] }) units!: UnitFiguresDto[];
  @ApiProperty({ type: FiguresTotalDto }) total!: FiguresTotalDto;
  @ApiProperty({ type: DocumentCountsDto, description: '规章, from the sign-off documents' }) regulations!: DocumentCountsDto;
  @ApiProperty({ type: DocumentCountsDto, description: '行政规范性文件, from the sign-off documents' }) normativeDocuments!: DocumentCountsDto;
}

export class RepealDto {
  @ApiProperty({ example: '2026-03-01', description: 'the day the repeal took effect' })
  @IsCalendarDate()
  repealedOn!: string;

  @ApiPropertyOptional({ example: '某府发〔2026〕3号决定废止' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class RepealedDocumentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['regulation', 'normative_document'] }) documentType!: string;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty({ description: 'the day it was signed (制发)' }) issuedOn!: string;
  @ApiProperty() repealedOn!: string;
  @ApiProperty({ format: 'uuid' }) repealedBy!: string;
  @ApiProperty({ nullable: true, type: String }) repealNote!: string | null;
}

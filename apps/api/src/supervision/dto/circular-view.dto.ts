import { ApiProperty } from '@nestjs/swagger';

export class QuarterDto {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ enum: [1, 2, 3, 4] }) quarter!: number;
}

export class LastPlaceUnitDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() rank!: number;
  @ApiProperty() score!: number;
}

/** A unit last in two quarters running, listed for an interview (约谈). */
export class InterviewDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: [QuarterDto], description: 'the two quarters, earlier first' }) quarters!: QuarterDto[];
}

export class CircularRowDto {
  @ApiProperty() rank!: number;
  @ApiProperty() tied!: boolean;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() score!: number;
  @ApiProperty() tasksDue!: number;
  @ApiProperty({ nullable: true, type: Number }) onTimeCompletion!: number | null;
  @ApiProperty() overdueTasks!: number;
  @ApiProperty() overdueWorkingDays!: number;
  @ApiProperty({ nullable: true, type: Number }) signOffTimeliness!: number | null;
  @ApiProperty({ nullable: true, type: Number }) requestTimeliness!: number | null;
}

export class CircularTableDto {
  @ApiProperty({ type: [String] }) headers!: string[];
  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'string' } } }) rows!: string[][];
}

export class UnrankedUnitDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() itemsDue!: number;
  @ApiProperty({ description: 'why it is listed apart' }) note!: string;
}

export class CircularPeriodDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
}

/** The circular's content as issued: the ranking, the units listed apart, last place and interviews. */
export class CircularContentDto {
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2026年第三季度' }) quarterLabel!: string;
  @ApiProperty({ type: CircularPeriodDto }) period!: CircularPeriodDto;
  @ApiProperty({ type: [CircularRowDto] }) rows!: CircularRowDto[];
  @ApiProperty({ type: CircularTableDto, description: 'the ranking as printed in the .docx and .xlsx' }) table!: CircularTableDto;
  @ApiProperty({ type: [UnrankedUnitDto] }) unranked!: UnrankedUnitDto[];
  @ApiProperty({ description: 'items due below which a unit is listed apart' }) minItemsDue!: number;
  @ApiProperty({ nullable: true, type: String }) rectificationPlanDue!: string | null;
  @ApiProperty({ description: 'the scoring rule with its weights, in Chinese' }) scoringNote!: string;
}

export class CircularSummaryDto {
  @ApiProperty({ example: '2026-Q3' }) quarterKey!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ enum: [1, 2, 3, 4] }) quarter!: number;
  @ApiProperty() title!: string;
  @ApiProperty() issuedOn!: string;
  @ApiProperty({ description: 'how many times its mail went out' }) sends!: number;
  @ApiProperty({ type: [LastPlaceUnitDto] }) lastPlace!: LastPlaceUnitDto[];
  @ApiProperty({ type: [InterviewDto] }) interviews!: InterviewDto[];
}

export class CircularListDto {
  @ApiProperty({ type: [CircularSummaryDto], description: 'latest first' }) items!: CircularSummaryDto[];
}

export class CircularDto extends CircularSummaryDto {
  @ApiProperty({ type: CircularContentDto }) circular!: CircularContentDto;
  @ApiProperty() subject!: string;
  @ApiProperty({ description: "the mail's plain text" }) text!: string;
  @ApiProperty({ description: "the mail's HTML, with the score chart inline" }) html!: string;
}

export class CircularIssuedDto extends CircularDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: "the issuing workflow's result" }) run!: object;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** For the OpenAPI document only: the body is checked in full by parseCalendarYear, every fault at once. */
export class HolidayRangeDto {
  @ApiProperty({ example: '元旦' }) name!: string;
  @ApiProperty({ example: '2026-01-01' }) from!: string;
  @ApiProperty({ example: '2026-01-03' }) to!: string;
  @ApiPropertyOptional() amendedBy?: string;
}

export class MakeupWorkdayDto {
  @ApiProperty({ example: '2026-01-04' }) date!: string;
  @ApiProperty({ example: '元旦' }) for!: string;
}

export class CalendarAmendmentDto {
  @ApiProperty() notice!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2020-01-27' }) published!: string;
  @ApiPropertyOptional() summary?: string;
}

/** The shape of libs/domain/src/calendar/data/<year>.json. */
export class CalendarYearDto {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: '国办发明电〔2025〕7号' }) notice!: string;
  @ApiProperty({ example: '国务院办公厅关于2026年部分节假日安排的通知' }) title!: string;
  @ApiProperty({ example: '2025-11-04' }) published!: string;
  @ApiPropertyOptional({ type: [CalendarAmendmentDto] }) amendments?: CalendarAmendmentDto[];
  @ApiProperty({ type: [HolidayRangeDto] }) holidays!: HolidayRangeDto[];
  @ApiProperty({ type: [MakeupWorkdayDto] }) makeupWorkdays!: MakeupWorkdayDto[];
}

export class CalendarVersionDto {
  @ApiProperty({ description: 'numbered in load order, never reused' }) version!: number;
  @ApiProperty() year!: number;
  @ApiProperty() notice!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: "the notice's publication date" }) published!: string;
  @ApiProperty({ enum: ['draft', 'published'] }) status!: 'draft' | 'published';
  @ApiProperty({ description: "whether this is the year's version in force" }) inForce!: boolean;
  @ApiProperty() contentHash!: string;
  @ApiProperty({ nullable: true, type: String, description: 'null for a notice shipped with the release' }) loadedBy!: string | null;
  @ApiProperty() loadedAt!: string;
  @ApiProperty({ nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty({ type: CalendarYearDto }) content!: CalendarYearDto;
}

export class CalendarLoadDto extends CalendarVersionDto {
  @ApiProperty({ description: 'false when the same content was loaded already: no new version' }) created!: boolean;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQuery } from '../common/paging';
import { IsCalendarDate } from '../requests/dto/calendar-date';
import { SNAPSHOTS } from './audit-snapshots';

const KINDS = Object.keys(SNAPSHOTS);

export class AuditLogQuery extends PageQuery {
  @ApiPropertyOptional({
    example: 'unit',
    description: `the kind of record: ${KINDS.join(', ')}, or, for any other admin write, the first segment of its path (calendar for /api/calendar/…)`,
  })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_-]{0,39}$/, { message: 'entityType 应为记录的类别，如 unit、person、report_lock' })
  entityType?: string;

  @ApiPropertyOptional({ description: 'the record changed (a unit, person, token id; a year, or year/unit id, for report locks)' })
  @IsOptional()
  @Matches(/^[\w-]{1,36}(\/[\w-]{1,36})?$/, { message: 'entityId 应为记录的 id 或年份' })
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'who made the change' })
  @IsOptional()
  @IsUUID('all')
  actorId?: string;

  @ApiPropertyOptional({ description: 'from this day (YYYY-MM-DD, UTC)' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'up to and including this day (YYYY-MM-DD, UTC)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class AuditEntryDto {
  @ApiProperty() seq!: number;
  @ApiProperty({ description: 'the ISO instant, exactly as hashed' }) occurredAt!: string;
  @ApiProperty() actorId!: string;
  @ApiProperty() actorName!: string;
  @ApiProperty({ description: 'the client address the change came from' }) address!: string;
  @ApiProperty({ example: 'PATCH /api/units/:id' }) action!: string;
  @ApiProperty({ example: 'unit' }) entityType!: string;
  @ApiProperty({ type: String, nullable: true }) entityId!: string | null;
  @ApiProperty({ description: 'the record before the change, as people read it (null when created)', nullable: true, type: Object }) before!: unknown;
  @ApiProperty({ description: 'the record after the change (null when deleted)', nullable: true, type: Object }) after!: unknown;
  @ApiProperty() prevHash!: string;
  @ApiProperty() hash!: string;
}

export class AuditLogPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items!: AuditEntryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

class AuditBreakDto {
  @ApiProperty() seq!: number;
  @ApiProperty({ description: 'why, in Chinese' }) reason!: string;
}

class AuditAnchorDto {
  @ApiProperty({ description: 'the anchored day (Beijing time)' }) day!: string;
  @ApiProperty({ description: "the day's digest, as mailed to the auditors" }) digest!: string;
  @ApiProperty({ description: "the log's head that day: its entry number" }) seq!: number;
  @ApiProperty() hash!: string;
}

export class AuditLogVerificationDto {
  @ApiProperty() valid!: boolean;
  @ApiProperty() entries!: number;
  @ApiProperty({ type: AuditBreakDto, nullable: true }) firstBroken!: AuditBreakDto | null;
  @ApiProperty({ enum: ['passed', 'failed', 'none'], description: 'the rows against the latest daily anchor; none before the first' }) anchorCheck!: 'passed' | 'failed' | 'none';
  @ApiProperty({ type: AuditAnchorDto, nullable: true }) anchor!: AuditAnchorDto | null;
}

export class AuditLogExportDto {
  @ApiProperty() exportedAt!: string;
  @ApiProperty({ type: AuditLogVerificationDto }) verification!: AuditLogVerificationDto;
  @ApiProperty({ type: [AuditEntryDto] }) entries!: AuditEntryDto[];
}

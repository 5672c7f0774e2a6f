import { ApiPropertyOptional } from '@nestjs/swagger';
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

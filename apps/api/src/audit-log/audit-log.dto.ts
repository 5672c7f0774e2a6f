import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQuery } from '../common/paging';
import { IsCalendarDate } from '../requests/dto/calendar-date';
import { SNAPSHOTS } from './audit-snapshots';

const KINDS = Object.keys(SNAPSHOTS);

export class AuditLogQuery extends PageQuery {
  @ApiPropertyOptional({ enum: KINDS })
  @IsOptional()
  @IsIn(KINDS)
  entityType?: string;

  @ApiPropertyOptional({ description: 'the record changed (a unit, person, token id; a year for report locks)' })
  @IsOptional()
  @Matches(/^[\w-]{1,36}$/, { message: 'entityId 应为记录的 id 或年份' })
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

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { BooleanQuery } from './paging';

/** The first step of a two-step import: dryRun=true previews (checks every row, writes nothing). */
export class ImportPreviewQuery {
  @ApiPropertyOptional({ description: 'check the file and list its bad rows without importing anything' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Raw } from 'typeorm';

/** Query strings arrive as text: "true"/"false" become booleans, anything else stays and fails validation. */
export const BooleanQuery = () =>
  Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

/** Far beyond any list here, and small enough that the row offset stays an exact integer in SQL. */
const MAX_PAGE = 1_000_000;

export class PageQuery {
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: MAX_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page: number = 1;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize: number = 50;

  @ApiPropertyOptional({ description: 'a part of the name to look for' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'only active (true) or only deactivated (false) records' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  active?: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** User text for a LIKE pattern, wildcards escaped so "50%" means fifty percent. */
export const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * `column LIKE :param` for a pattern built with likeLiteral. ESCAPE is spelled out because
 * SQLite, unlike PostgreSQL, has no default escape character.
 */
export const likeClause = (column: string, param: string) => `${column} LIKE :${param} ESCAPE '\\'`;

/** A column containing user text. */
export const containsText = (text: string) => Raw((column) => likeClause(column, 'pattern'), { pattern: `%${likeLiteral(text)}%` });

import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/**
 * The furthest a list can be paged: far beyond any regency's records, and far below PostgreSQL's
 * bigint OFFSET and JavaScript's exact integers (`page=1e308` or `offset=9223372036854775808`
 * passed @IsInt and overflowed the database's bigint: a 500).
 */
export const MAX_LIST_OFFSET = 10_000_000;

/** The number of rows to skip (`offset`), 0 to MAX_LIST_OFFSET. */
export function ListOffset(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_LIST_OFFSET }),
    Type(() => Number),
    IsInt(),
    Min(0),
    Max(MAX_LIST_OFFSET),
  );
}

/** A 1-based page number whose first row, at the largest page size, is within MAX_LIST_OFFSET. */
export function ListPage(maxPageSize: number): PropertyDecorator {
  const maximum = Math.floor(MAX_LIST_OFFSET / maxPageSize) + 1;
  return applyDecorators(
    ApiPropertyOptional({ default: 1, minimum: 1, maximum }),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(maximum),
  );
}

/** How many rows one page holds, 1 to `max`. */
export function ListLimit(max: number, defaultSize: number): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ default: defaultSize, minimum: 1, maximum: max }),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(max),
  );
}

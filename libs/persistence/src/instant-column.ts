import { Column, ColumnOptions, ValueTransformer } from 'typeorm';

/**
 * Instants are stored as fixed-width ISO-8601 UTC text ("2024-10-01T08:00:00.000Z") in both
 * SQLite and PostgreSQL: one schema for both, lexical order is time order, and no driver
 * reinterprets them in the process time zone.
 */
const instantTransformer: ValueTransformer = {
  to: (value: Date | null | undefined) => (value instanceof Date ? value.toISOString() : value),
  from: (value: string | null) => (value === null || value === undefined ? value : new Date(value)),
};

export function InstantColumn(options: Pick<ColumnOptions, 'nullable' | 'name'> = {}): PropertyDecorator {
  return Column({ type: 'varchar', length: 24, transformer: instantTransformer, ...options });
}

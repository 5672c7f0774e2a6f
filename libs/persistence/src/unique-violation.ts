/** Whether a write failed on a unique key (PostgreSQL 23505, SQLite's constraint codes): another writer got there first. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string } }).driverError?.code ?? '';
  return code === '23505' || code.startsWith('SQLITE_CONSTRAINT');
}

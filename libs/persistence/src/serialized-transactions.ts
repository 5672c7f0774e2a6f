import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * SQLite in one process is one connection (TypeORM's driver keeps a single query runner). Two
 * transactions begun at once on it (two requests, two activities) would interleave: TypeORM turns
 * the second into a savepoint of the first, so one's rollback or commit lands on the other's
 * writes; and a query sent from elsewhere while a transaction is open becomes part of it, lost
 * if that transaction rolls back.
 *
 * Here a transaction begun from the data source (`dataSource.transaction`) holds the connection
 * until it ends: another such transaction, and any query from outside it, waits. What runs inside
 * its callback goes ahead, a transaction nested there included (TypeORM makes it a savepoint),
 * since waiting would wait for itself. Not covered: the short transactions TypeORM opens by itself
 * around `save()` do not hold the connection against each other.
 */
export function serializeTransactions(dataSource: DataSource): void {
  const runner = dataSource.createQueryRunner();
  const context = new AsyncLocalStorage<object>();
  let holder: object | null = null;
  let signal!: () => void;
  let ended = new Promise<void>((resolve) => (signal = resolve));
  /** Wakes everyone waiting, who then look again; later waiters wait for the next end. */
  const announceEnd = () => {
    const wake = signal;
    ended = new Promise<void>((resolve) => (signal = resolve));
    wake();
  };

  const inside = () => holder !== null && context.getStore() === holder;

  const query = runner.query.bind(runner) as QueryRunner['query'];
  runner.query = (async (...args: Parameters<QueryRunner['query']>) => {
    while (holder !== null && !inside()) await ended;
    return query(...args);
  }) as QueryRunner['query'];

  // A transaction TypeORM opened by itself (around save()) also ends here.
  for (const method of ['commitTransaction', 'rollbackTransaction'] as const) {
    const end = runner[method].bind(runner);
    runner[method] = async () => {
      try {
        await end();
      } finally {
        if (!runner.isTransactionActive) announceEnd();
      }
    };
  }

  const manager = dataSource.manager;
  const begin = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = (async (...args: unknown[]) => {
    if (inside()) return begin(...args);
    // Looked at and taken in one step after each wait: between them, another may take it.
    while (holder !== null || runner.isTransactionActive) await ended;
    const mine = {};
    holder = mine;
    try {
      return await context.run(mine, () => begin(...args));
    } finally {
      holder = null;
      announceEnd();
    }
  }) as EntityManager['transaction'];
}

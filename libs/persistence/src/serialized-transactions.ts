import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * SQLite in one process is one connection. Two transactions begun at once on it (two requests,
 * two activities) would interleave on that connection: TypeORM turns the second into a
 * savepoint of the first, so one's rollback or commit lands on the other's writes. Here
 * transactions begun from the data source wait for each other; one begun inside a running
 * transaction's callback runs at once (a savepoint, as TypeORM nests it), since waiting would
 * wait for itself.
 */
export function serializeTransactions(dataSource: DataSource): void {
  const manager = dataSource.manager;
  const begin = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  const inside = new AsyncLocalStorage<true>();
  let queue: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    if (inside.getStore()) return begin(...args);
    const turn = queue.then(() => inside.run(true, () => begin(...args)));
    queue = turn.catch(() => undefined);
    return turn;
  }) as EntityManager['transaction'];
}

import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Writes a workflow's projection of its row in one conditional UPDATE, only when `stepSeq` is
 * newer than the step the row holds. A step written late (an attempt that outlived its timeout,
 * a local activity run again when its workflow task is replayed elsewhere) then changes nothing,
 * where it used to put an answered request back in progress. True when it was written.
 */
export async function writeProjection<T extends ObjectLiteral & { stepSeq: number | null }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  stepSeq: number,
  values: QueryDeepPartialEntity<T>,
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...values, stepSeq } as QueryDeepPartialEntity<T>)
    .where('id = :id AND (step_seq IS NULL OR step_seq < :stepSeq)', { id, stepSeq })
    .execute();
  return result.affected === 1;
}

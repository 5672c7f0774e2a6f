import type { SupervisionTaskEntity } from './entities/supervision-task.entity';

export interface NewTask {
  id: string;
  planId: string | null;
  title: string;
  source: string;
  unitId: string;
  ownerId: string | null;
  dueOn: string;
  dueAt: Date;
  createdBy: string;
  at: Date;
}

/** A task's row as it is first written, by a coordinator or a last-place reminder: assigned, nothing submitted yet. */
export function newTaskRow(task: NewTask): SupervisionTaskEntity {
  const { at, ...fields } = task;
  return {
    ...fields,
    status: 'assigned',
    stepSeq: null,
    overdue: false,
    submissions: 0,
    submittedOn: null,
    verifiedOn: null,
    returnReason: null,
    evidenceNote: null,
    evidenceLinks: [],
    evidenceFileIds: [],
    createdAt: at,
    updatedAt: at,
  };
}

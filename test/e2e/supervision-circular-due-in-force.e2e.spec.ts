import { DUE_IN_FORCE_NOTE } from '../../libs/domain/src/supervision/quarterly-circular';
import { TaskHistoryEntity } from '../../libs/persistence/src/entities/task-history.entity';
import { insertPastTask, startSupervisionWorld, type SupervisionWorld } from '../support/supervision-fixtures';

/*
 * 2025 Q1 tasks written straight into the ledger with the history the task workflow records when
 * it moves a due date: the API dates every change from today, so a past quarter cannot be made through it.
 */
describe('the quarterly circular counts each task against the due date in force at the quarter\'s end', () => {
  let w: SupervisionWorld;

  const moved = (taskId: string, event: string, on: string, from: string, dueOn: string) =>
    w.api.db.dataSource.getRepository(TaskHistoryEntity).insert({
      taskId,
      key: `test:${event}:${on}`,
      event,
      actorId: w.coordinator.id,
      actorName: '督办员',
      actorRole: 'coordinator',
      occurredAt: `${on}T02:00:00.000Z`,
      data: { from, dueOn, reason: '工作量调整' },
    });

  beforeAll(async () => {
    w = await startSupervisionWorld();
    const task = (title: string, dueOn: string, submittedOn: string | null) => insertPastTask(w, { unitId: w.bureau.id, title, dueOn, submittedOn });
    await task('公开春季开学安排', '2025-03-03', '2025-03-03');
    // Extended on 10 March from 14 to 28 March and submitted on 25 March: on time in Q1.
    await moved(await task('公开学区划分', '2025-03-28', '2025-03-25'), 'extension_approved', '2025-03-10', '2025-03-14', '2025-03-28');
    // Due 14 March and still open at the quarter's end; moved to 30 May only on 8 April. Q1 counts
    // it due on 14 March and overdue 17–21, 24–28 and 31 March: 11 working days.
    await moved(await task('公开校舍维修计划', '2025-05-30', null), 'due_changed', '2025-04-08', '2025-03-14', '2025-05-30');
    // Entered by mistake and cancelled: late as it was, it counts for nobody.
    await insertPastTask(w, { unitId: w.bureau.id, title: '误录任务', dueOn: '2025-02-10', submittedOn: null, status: 'cancelled' });
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  it('scores an extension within the quarter by the new date and one after it by the old, leaves a cancelled task out, and says so', async () => {
    const q1 = await w.api.http.post('/circulars/2025/1').set('authorization', w.coordinator.auth);
    expect(q1.status).toBe(200);
    const row = q1.body.circular.rows.find((r: { unitId: string }) => r.unitId === w.bureau.id);
    // B = 100 × 2/3, P = 2 × 1 + 0.5 × 11 = 7.5: 59.17.
    expect(row).toMatchObject({ tasksDue: 3, onTimeCompletion: 2 / 3, overdueTasks: 1, overdueWorkingDays: 11, score: 59.17 });
    expect(q1.body.circular.scoringNote).toContain(DUE_IN_FORCE_NOTE);
    expect(q1.body.text).toContain(DUE_IN_FORCE_NOTE);
  });
});

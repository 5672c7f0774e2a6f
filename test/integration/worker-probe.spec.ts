import { randomUUID } from 'node:crypto';
import { probeWorkflowId } from '../../libs/contracts/src';
import { UnitEntity } from '../../libs/persistence/src';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { startTestWorker, TestWorker } from '../support/test-worker';

describe('the worker on the real Temporal dev server', () => {
  let db: TestDatabase;
  let worker: TestWorker;
  beforeAll(async () => {
    db = await createTestDatabase();
    worker = await startTestWorker(db.dataSource);
  });
  afterAll(async () => {
    await worker.stop();
    await db.drop();
  });

  it('runs the probe workflow, whose activity reads the database', async () => {
    const now = new Date();
    await db.dataSource.getRepository(UnitEntity).insert(
      ['甲', '乙', '丙'].map((name, i) => ({
        id: randomUUID(),
        name,
        parentId: null,
        contactEmails: [],
        contactPhone: null,
        leaderEmail: null,
        active: i < 2,
        createdAt: now,
        updatedAt: now,
      })),
    );
    const workflowId = probeWorkflowId(randomUUID());
    const result = await worker.client.workflow.execute('probeWorkflow', { taskQueue: worker.taskQueue, workflowId });
    expect(result).toEqual({ registry: { activeUnits: 2, activePeople: 0 }, taskQueue: worker.taskQueue });

    // The server recorded the activity: the answer came through Temporal, not around it.
    const history = await worker.client.workflow.getHandle(workflowId).fetchHistory();
    const scheduled = history.events!.filter((e) => e.activityTaskScheduledEventAttributes);
    expect(scheduled.map((e) => e.activityTaskScheduledEventAttributes!.activityType!.name)).toEqual(['summarizeRegistry']);
  });
});

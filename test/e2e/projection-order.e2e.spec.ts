import { createRequestActivities } from '../../libs/activities/src/request.activities';
import { createSignOffActivities } from '../../libs/activities/src/signoff.activities';
import { createTaskActivities } from '../../libs/activities/src/task.activities';
import type { RequestSnapshot } from '../../libs/domain/src/requests/request-snapshot';
import type { SignOffStatus } from '../../libs/domain/src/signoff/signoff-state';
import { DocumentEntity } from '../../libs/persistence/src/entities/document.entity';
import { InformationRequestEntity } from '../../libs/persistence/src/entities/information-request.entity';
import { SupervisionTaskEntity } from '../../libs/persistence/src/entities/supervision-task.entity';
import { act as requestAct, registerRequest, startRequestWorld, type RequestWorld } from '../support/request-fixtures';
import { decide, register, startSignOffWorld, type SignOffWorld } from '../support/signoff-fixtures';
import { act as taskAct, createTask, startSupervisionWorld, type SupervisionWorld } from '../support/supervision-fixtures';
import { TEST_TRAIL_KEY } from '../support/test-api';
import { waitFor } from '../support/wait-for';

const noMail = () => undefined;

/**
 * A step's write arriving after a newer one (a local activity run again when its workflow task
 * is replayed on another worker, an attempt that outlived its time-out across a database restart):
 * each case is taken through its real workflow, then the older step is written again by the same
 * activity the worker runs. The projection keeps the newer state.
 */
describe('a workflow step written after a newer one', () => {
  describe('a request', () => {
    let w: RequestWorld;
    beforeAll(async () => {
      w = await startRequestWorld();
    }, 60_000);
    afterAll(async () => {
      await w?.stop();
    });

    it('stays answered when its in-progress step lands late, and takes a newer step', async () => {
      const { id } = (await registerRequest(w, { receivedOn: '2024-10-08' })).body;
      const rows = w.api.db.dataSource.getRepository(InformationRequestEntity);
      // The workflow's first step (the receipt) written: the state a late step would bring back.
      const before = await waitFor('the receipt step', async () => {
        const row = await rows.findOneByOrFail({ id });
        return row.stepSeq !== null && row;
      });
      expect(before.status).not.toBe('answered');
      const closed = await requestAct(w, id, 'close', w.contact.auth, { outcome: 'granted', answeredOn: '2024-10-20', answerText: '予以公开' });
      expect(closed.body.status).toBe('answered');
      const after = await rows.findOneByOrFail({ id });
      expect(after.stepSeq).toBeGreaterThan(before.stepSeq!);

      const older: RequestSnapshot = {
        status: before.status as RequestSnapshot['status'],
        dueOn: before.dueOn,
        dueExplanation: before.dueExplanation,
        calendarVersion: before.calendarVersion,
        provisional: before.provisional,
        correctionRequestedOn: before.correctionRequestedOn,
        correctionDue: before.correctionDue,
        correctionReceivedOn: before.correctionReceivedOn,
        extensionApprovedOn: before.extensionApprovedOn,
        extensionWorkingDays: before.extensionWorkingDays,
        extensionApprover: before.extensionApprover,
        consultationOpen: before.consultationOpen,
        pausedWorkingDays: before.pausedWorkingDays,
        outcome: null,
        answeredOn: null,
        breached: before.breached,
        overdueWorkingDays: before.overdueWorkingDays,
      };
      const activities = createRequestActivities(w.api.db.dataSource, noMail);
      await activities.recordRequestStep({ requestId: id, stepSeq: before.stepSeq!, snapshot: older, answer: null, entries: [], mails: [] });
      const read = (await w.api.http.get(`/requests/${id}`).set('authorization', w.contact.auth)).body;
      expect(read).toMatchObject({ status: 'answered', outcome: 'granted', answeredOn: '2024-10-20' });
      expect((await rows.findOneByOrFail({ id })).stepSeq).toBe(after.stepSeq);

      // The same write numbered after the stored step does land: only order decides.
      await activities.recordRequestStep({ requestId: id, stepSeq: after.stepSeq! + 1, snapshot: { ...older, status: 'answered', outcome: 'granted', answeredOn: '2024-10-21' }, answer: null, entries: [], mails: [] });
      expect((await rows.findOneByOrFail({ id })).answeredOn).toBe('2024-10-21');
    }, 60_000);
  });

  describe('a document', () => {
    let w: SignOffWorld;
    beforeAll(async () => {
      w = await startSignOffWorld();
    }, 60_000);
    afterAll(async () => {
      await w?.stop();
    });

    it('keeps its approval when the submission step lands late', async () => {
      const { body: doc } = await register(w, { title: '迟到的步骤', attribute: 'proactive' });
      await decide(w, doc.id, 'submit', w.drafter.auth);
      const rows = w.api.db.dataSource.getRepository(DocumentEntity);
      const before = await rows.findOneByOrFail({ id: doc.id });
      await decide(w, doc.id, 'approve', w.s1.auth, { comment: '同意' });
      const after = await rows.findOneByOrFail({ id: doc.id });
      expect([after.currentLevel, after.stepSeq! > before.stepSeq!]).toEqual([2, true]);

      const iso = (d: Date | null) => (d ? d.toISOString() : null);
      await createSignOffActivities(w.api.db.dataSource, noMail, TEST_TRAIL_KEY).recordSignOffStep({
        documentId: doc.id,
        stepSeq: before.stepSeq!,
        projection: {
          status: before.status as SignOffStatus,
          attribute: before.attribute,
          withholdingBasis: before.withholdingBasis,
          version: before.version,
          sha256: before.sha256,
          round: before.round,
          currentLevel: before.currentLevel,
          currentSignerId: before.currentSignerId,
          signerIds: before.signerIds,
          levelDueAt: iso(before.levelDueAt),
          signedAt: iso(before.signedAt),
          publicationDueOn: before.publicationDueOn,
          publicationOverdue: before.publicationOverdue,
          publishedOn: before.publishedOn,
          publicationUrl: before.publicationUrl,
          deadlineProvisional: before.deadlineProvisional,
        },
        trail: [],
        mails: [],
      });
      expect(await rows.findOneByOrFail({ id: doc.id })).toMatchObject({ currentLevel: 2, currentSignerId: w.s2.id, stepSeq: after.stepSeq });
    }, 60_000);
  });

  describe('a task', () => {
    let w: SupervisionWorld;
    beforeAll(async () => {
      w = await startSupervisionWorld();
    }, 60_000);
    afterAll(async () => {
      await w?.stop();
    });

    it('stays submitted when its assignment step lands late', async () => {
      const task = await createTask(w, { title: '公开财政预算', unitId: w.bureau.id, timeLimit: '1h' });
      const rows = w.api.db.dataSource.getRepository(SupervisionTaskEntity);
      const before = await waitFor('the assignment step', async () => {
        const row = await rows.findOneByOrFail({ id: task.id });
        return row.stepSeq !== null && row;
      });
      const submitted = await taskAct(w, task.id, 'submit', w.bureauContact.auth, { note: '已公开', links: ['https://jyj.test.cn/zwgk/budget.html'] });
      expect([submitted.status, submitted.body.status]).toEqual([200, 'submitted']);
      const after = await rows.findOneByOrFail({ id: task.id });
      expect(after.stepSeq!).toBeGreaterThan(before.stepSeq!);

      await createTaskActivities(w.api.db.dataSource, noMail).recordTaskStep({
        taskId: task.id,
        stepSeq: before.stepSeq!,
        projection: {
          status: before.status,
          overdue: before.overdue,
          submissions: before.submissions,
          submittedOn: before.submittedOn,
          verifiedOn: before.verifiedOn,
          returnReason: before.returnReason,
          evidenceNote: before.evidenceNote,
          evidenceLinks: before.evidenceLinks,
          evidenceFileIds: before.evidenceFileIds,
        },
        history: [],
        mails: [],
      });
      expect(await rows.findOneByOrFail({ id: task.id })).toMatchObject({ status: 'submitted', submissions: 1, stepSeq: after.stepSeq });
    }, 60_000);
  });
});

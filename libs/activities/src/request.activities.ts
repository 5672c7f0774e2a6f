import type { DataSource } from 'typeorm';
import type { RequestActivities, RequestStep } from '../../contracts/src/request-activities';
import { InformationRequestEntity } from '../../persistence/src/entities/information-request.entity';
import { RequestEventEntity } from '../../persistence/src/entities/request-event.entity';
import { writeProjection } from '../../persistence/src/projection-write';
import { queueStepMails } from '../../mail/src/step-mails';

/**
 * Writes one step of a request. Idempotent: record entries are numbered by the workflow and one
 * already present is skipped; mail is queued by key; the read model is a snapshot, written only over an older step's.
 */
export function createRequestActivities(dataSource: DataSource, onMailQueued: () => void): RequestActivities {
  return {
    async recordRequestStep(step: RequestStep) {
      let queued = false;
      await dataSource.transaction(async (manager) => {
        const { snapshot: s, answer } = step;
        await writeProjection(manager, InformationRequestEntity, step.requestId, step.stepSeq, {
            ...step.registration,
            status: s.status,
            dueOn: s.dueOn,
            dueExplanation: s.dueExplanation,
            calendarVersion: s.calendarVersion,
            provisional: s.provisional,
            extensionApprovedOn: s.extensionApprovedOn,
            extensionWorkingDays: s.extensionWorkingDays,
            extensionApprover: s.extensionApprover,
            correctionRequestedOn: s.correctionRequestedOn,
            correctionDue: s.correctionDue,
            correctionReceivedOn: s.correctionReceivedOn,
            consultationOpen: s.consultationOpen,
            pausedWorkingDays: s.pausedWorkingDays,
            outcome: s.outcome,
            answeredOn: s.answeredOn,
            breached: s.breached,
            overdueWorkingDays: s.overdueWorkingDays,
            ...(answer
              ? { answerKind: answer.kind, answerSha256: answer.sha256, answerFilename: answer.filename, answerMediaType: answer.mediaType, answerSizeBytes: answer.sizeBytes }
              : {}),
            updatedAt: new Date(),
        });
        const record = manager.getRepository(RequestEventEntity);
        for (const entry of step.entries) {
          if (await record.exists({ where: { requestId: step.requestId, seq: entry.seq } })) continue;
          await record.save(record.create({ requestId: step.requestId, ...entry }));
        }
        queued = await queueStepMails(manager, step.mails);
      });
      if (queued) onMailQueued();
    },
  };
}

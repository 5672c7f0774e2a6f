import type { DataSource } from 'typeorm';
import type { SignOffActivities, SignOffStep } from '../../contracts/src/signoff-activities';
import { DocumentEntity } from '../../persistence/src/entities/document.entity';
import { writeProjection } from '../../persistence/src/projection-write';
import { appendTrail } from '../../persistence/src/trail-append';
import { queueStepMails } from '../../mail/src/step-mails';

/**
 * Writes one sign-off step. Idempotent: trail entries are numbered by the workflow and an entry
 * already present is skipped (appendTrail); mail is queued by key; the projection is a snapshot, written only over an older step's.
 */
export function createSignOffActivities(dataSource: DataSource, onMailQueued: () => void, trailKey: string): SignOffActivities {
  return {
    async recordSignOffStep(step: SignOffStep) {
      let queued = false;
      let hashes: string[] = [];
      await dataSource.transaction(async (manager) => {
        const p = step.projection;
        await writeProjection(manager, DocumentEntity, step.documentId, step.stepSeq, {
            status: p.status,
            attribute: p.attribute,
            withholdingBasis: p.withholdingBasis,
            version: p.version,
            sha256: p.sha256,
            round: p.round,
            currentLevel: p.currentLevel,
            currentSignerId: p.currentSignerId,
            signerIds: p.signerIds,
            levelDueAt: p.levelDueAt ? new Date(p.levelDueAt) : null,
            signedAt: p.signedAt ? new Date(p.signedAt) : null,
            publicationDueOn: p.publicationDueOn,
            publicationOverdue: p.publicationOverdue,
            publishedOn: p.publishedOn,
            publicationUrl: p.publicationUrl,
            deadlineProvisional: p.deadlineProvisional,
            updatedAt: new Date(),
        });
        hashes = await appendTrail(manager, step.documentId, step.trail, trailKey);
        queued = await queueStepMails(manager, step.mails);
      });
      if (queued) onMailQueued();
      return hashes;
    },
  };
}

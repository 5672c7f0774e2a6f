import type { components } from '../../api/schema';
export type { SignOffState } from '../../../../../libs/domain/src/signoff/signoff-state';
export type { ChainedTrailEntry, TrailVerification } from '../../../../../libs/domain/src/signoff/trail-chain';
import type { SignOffState } from '../../../../../libs/domain/src/signoff/signoff-state';

export type DocumentView = components['schemas']['DocumentDto'];
export type DocumentVersion = components['schemas']['DocumentVersionDto'];
/** GET /api/documents/{id}: the document, and the workflow's state while its sign-off runs. */
export type DocumentWithState = Omit<components['schemas']['DocumentDetailDto'], 'signOff'> & { signOff: SignOffState | null };

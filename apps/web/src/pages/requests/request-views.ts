import type { components } from '../../api/schema';
import type { RequestClock } from '../../../../../libs/domain/src/requests/request-clock';

export type RequestView = components['schemas']['RequestDto'];
/** GET /api/requests/{id}: the request, the art. 31 rule of its receipt, and its clock read today. */
export type RequestDetail = Omit<components['schemas']['RequestDetailDto'], 'clock'> & { clock: RequestClock };
export type RequestEvent = components['schemas']['RequestEventDto'];

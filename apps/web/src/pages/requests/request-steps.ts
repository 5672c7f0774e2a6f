/** The statutory steps of a request; each is one POST /api/requests/{id}/… */
export type RequestStep = 'correction-notice' | 'correction-received' | 'extension' | 'consultation' | 'consultation/end' | 'close';

export const STEP_TITLES: Record<RequestStep, string> = {
  'correction-notice': '发出补正通知',
  'correction-received': '收到补正申请',
  extension: '延长答复期限',
  consultation: '征求第三方意见',
  'consultation/end': '第三方意见已回复',
  close: '答复办结',
};

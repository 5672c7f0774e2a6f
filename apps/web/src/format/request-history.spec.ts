import { requestEventDetail } from './request-history';

describe('requestEventDetail', () => {
  it('names the units of a 转办 and its reason', () => {
    const data = { from: { id: 'a', name: '区教育局' }, to: { id: 'b', name: '区民政局' }, reason: '申请事项属民政职责' };
    expect(requestEventDetail({ type: 'transferred', data })).toEqual(['由区教育局转办至区民政局', '理由：申请事项属民政职责']);
  });

  it('shows each corrected field with its old and new value, channels and requester types by name', () => {
    const data = {
      changes: [
        { field: 'requesterName', from: '张三', to: '张叁' },
        { field: 'receiptChannel', from: 'in_person', to: 'online' },
        { field: 'requesterType', from: 'natural_person', to: 'commercial_enterprise' },
      ],
      reason: null,
    };
    expect(requestEventDetail({ type: 'registration_corrected', data })).toEqual([
      '申请人姓名（名称）：张三 → 张叁',
      '申请渠道：当面提交 → 互联网渠道',
      '申请人类型：自然人 → 商业企业',
    ]);
  });

  it('adds nothing to the statutory steps, whose label says it all', () => {
    expect(requestEventDetail({ type: 'received', data: {} })).toEqual([]);
  });
});

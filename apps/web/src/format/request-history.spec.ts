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

  it('says what a published calendar moved or would move, and what the coordinator decided', () => {
    const because = { calendarVersion: 9, notice: '测试更正〔2026〕1号' };
    expect(requestEventDetail({ type: 'due_recounted', data: { from: '2026-11-20', dueOn: '2026-11-23', ...because } })).toEqual(['期限由 2026-11-20 调整为 2026-11-23（测试更正〔2026〕1号，日历版本 9）']);
    expect(requestEventDetail({ type: 'due_recount_held', data: { from: '2026-11-20', wouldBe: '2026-11-23', ...because } })).toEqual([
      '新日历将期限由 2026-11-20 改为 2026-11-23（测试更正〔2026〕1号，日历版本 9）；已记录超期，原期限暂不变，由协调人决定',
    ]);
    expect(requestEventDetail({ type: 'calendar_hold_decided', data: { decision: 'keep', reason: '已按原期限答复' } })).toEqual(['维持原期限', '理由：已按原期限答复']);
  });

  it('adds nothing to the statutory steps, whose label says it all', () => {
    expect(requestEventDetail({ type: 'received', data: {} })).toEqual([]);
  });
});

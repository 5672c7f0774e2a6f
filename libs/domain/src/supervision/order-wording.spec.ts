import { orderActionDemanded, orderReplyBy } from './order-wording';

describe('supervision order wording', () => {
  it('demands the overdue task by its title', () => {
    expect(orderActionDemanded('更新政府信息公开指南')).toBe('请立即办理并报送“更新政府信息公开指南”的办理结果及佐证材料，书面说明逾期原因和整改措施。');
  });

  it('states a reply in working days by its day', () => {
    expect(orderReplyBy({ dueDate: '2026-03-09', dueAt: Date.parse('2026-03-09T16:00:00Z') })).toBe('2026年3月9日');
  });

  it('states a reply within hours by its day and Shanghai time', () => {
    // 02:30 UTC is 10:30 in Shanghai, on the same day; 18:00 UTC is the next morning there.
    expect(orderReplyBy({ dueDate: null, dueAt: Date.parse('2026-03-09T02:30:00Z') })).toBe('2026年3月9日10:30:00');
    expect(orderReplyBy({ dueDate: null, dueAt: Date.parse('2026-03-09T18:00:00Z') })).toBe('2026年3月10日02:00:00');
  });
});

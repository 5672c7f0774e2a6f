import { SupervisionConfigError } from './errors';
import {
  issueSupervisionOrder,
  parseSupervisionOrderNumber,
  resolveSupervisionOrderConfig,
  SUPERVISION_ORDER_LEVEL_NAMES,
  supervisionOrderNumber,
  supervisionOrderReplyDeadline,
  supervisionOrderReplyStatus,
} from './supervision-order';

describe('supervision order number', () => {
  it('is written 督〔2026〕第7号 and reads back', () => {
    expect(supervisionOrderNumber(2026, 7)).toBe('督〔2026〕第7号');
    expect(supervisionOrderNumber(2026, 123)).toBe('督〔2026〕第123号');
    expect(parseSupervisionOrderNumber('督〔2026〕第7号')).toEqual({ prefix: '督', year: 2026, sequence: 7 });
  });

  it('takes the office prefix from configuration', () => {
    expect(supervisionOrderNumber(2026, 12, '政公督')).toBe('政公督〔2026〕第12号');
    expect(parseSupervisionOrderNumber('政公督〔2026〕第12号')).toEqual({ prefix: '政公督', year: 2026, sequence: 12 });
  });

  it('refuses a sequence or year that cannot be printed', () => {
    for (const sequence of [0, -1, 2.5]) expect(() => supervisionOrderNumber(2026, sequence)).toThrow(RangeError);
    expect(() => supervisionOrderNumber(26, 1)).toThrow(/4-digit year/);
  });

  it('does not read text that is not an order number', () => {
    for (const text of ['督[2026]第7号', '督〔2026〕第07号', '督〔2026〕7号', '〔2026〕第7号', '']) {
      expect(parseSupervisionOrderNumber(text)).toBeNull();
    }
  });
});

describe('issuing a supervision order', () => {
  it('gives a 重点 order issued Friday 2024-09-27 three working days, to 8 October', () => {
    const order = issueSupervisionOrder({
      sequence: 15,
      level: 2,
      unitId: 'u-edu',
      taskIds: ['t-1', 't-2'],
      issuedOn: '2024-09-27',
    });
    // Sunday 29 Sep (make-up working day) is day 1, 30 Sep day 2, 1-7 Oct off, 8 Oct day 3.
    expect(order).toMatchObject({
      number: '督〔2024〕第15号',
      year: 2024,
      level: 2,
      levelName: '重点',
      unitId: 'u-edu',
      taskIds: ['t-1', 't-2'],
      issuedOn: '2024-09-27',
      replyDue: '2024-10-08',
      escalateOn: '2024-10-09',
    });
    expect(order.replyDeadline.counted).toEqual(['2024-09-29', '2024-09-30', '2024-10-08']);
    expect(JSON.parse(JSON.stringify(order))).toEqual(order);
  });

  it('gives 一般 five working days and 特急 one by default', () => {
    expect(SUPERVISION_ORDER_LEVEL_NAMES).toEqual({ 1: '一般', 2: '重点', 3: '特急' });
    // 29 Sep, 30 Sep, 8, 9, 10 Oct.
    expect(supervisionOrderReplyDeadline('2024-09-27', 1).due).toBe('2024-10-10');
    expect(supervisionOrderReplyDeadline('2024-09-27', 3).due).toBe('2024-09-29');
  });

  it('takes reply periods from configuration', () => {
    // 29 Sep, 30 Sep, 8, 9, 10, 11 Oct, Saturday 12 Oct (worked), 14, 15, 16 Oct.
    expect(supervisionOrderReplyDeadline('2024-09-27', 1, { replyWorkingDays: { 1: 10, 2: 3, 3: 1 } }).due).toBe('2024-10-16');
  });

  it('refuses periods that grow with urgency, or are not whole working days', () => {
    expect(() => resolveSupervisionOrderConfig({ replyWorkingDays: { 1: 5, 2: 3, 3: 8 } })).toThrow(
      /must not grow with urgency \(got 一般 5, 重点 3, 特急 8\)/,
    );
    expect(() => resolveSupervisionOrderConfig({ replyWorkingDays: { 1: 5, 2: 0, 3: 0 } })).toThrow(SupervisionConfigError);
    expect(() => resolveSupervisionOrderConfig({ numberPrefix: '督〔' })).toThrow(/numberPrefix/);
  });

  it('refuses an order without a task or with an unknown level', () => {
    const input = { sequence: 1, level: 1 as const, unitId: 'u', taskIds: ['t'], issuedOn: '2024-09-27' };
    expect(() => issueSupervisionOrder({ ...input, taskIds: [] })).toThrow(/at least one task/);
    expect(() => issueSupervisionOrder({ ...input, level: 4 as never })).toThrow(/level must be 1, 2 or 3/);
  });
});

describe('reply and escalation', () => {
  const order = issueSupervisionOrder({ sequence: 15, level: 2, unitId: 'u', taskIds: ['t'], issuedOn: '2024-09-27' });

  it('waits for the reply until the end of the due date', () => {
    expect(supervisionOrderReplyStatus(order, null, '2024-10-03')).toEqual({ status: 'awaiting_reply', workingDaysLeft: 1 });
    expect(supervisionOrderReplyStatus(order, null, '2024-10-08')).toEqual({ status: 'awaiting_reply', workingDaysLeft: 0 });
  });

  it("escalates to the unit's leader the working day after the due date passes without a reply", () => {
    expect(supervisionOrderReplyStatus(order, null, '2024-10-09')).toEqual({ status: 'escalate_to_leader', overdueWorkingDays: 1 });
    expect(order.escalateOn).toBe('2024-10-09');
  });

  it('does not escalate over the weekend after a Friday due date, but on Monday', () => {
    // Issued Tuesday 15 Oct, 重点: 16, 17, 18 Oct -> due Friday 18 Oct.
    const friday = issueSupervisionOrder({ sequence: 16, level: 2, unitId: 'u', taskIds: ['t'], issuedOn: '2024-10-15' });
    expect(friday.replyDue).toBe('2024-10-18');
    expect(friday.escalateOn).toBe('2024-10-21');
    expect(supervisionOrderReplyStatus(friday, null, '2024-10-19').status).toBe('awaiting_reply');
    expect(supervisionOrderReplyStatus(friday, null, '2024-10-21')).toEqual({ status: 'escalate_to_leader', overdueWorkingDays: 1 });
  });

  it('records a reply as on time or late, and a late reply needs no escalation', () => {
    expect(supervisionOrderReplyStatus(order, '2024-10-08', '2024-10-14')).toEqual({
      status: 'replied_on_time',
      repliedOn: '2024-10-08',
    });
    // Replied 10 Oct: 9 and 10 Oct after the due date.
    expect(supervisionOrderReplyStatus(order, '2024-10-10', '2024-10-14')).toEqual({
      status: 'replied_late',
      repliedOn: '2024-10-10',
      lateWorkingDays: 2,
    });
  });
});

import { calendarMovesMail } from './calendar-moves-mail';

describe('calendarMovesMail', () => {
  it("lists each of a unit's moved deadlines, the held ones marked for the coordinator", () => {
    const mail = calendarMovesMail('区教育局', { year: 2027, notice: '测试发明电〔2026〕1号', version: 8 }, [
      { kind: 'task_due', caseLabel: '公开2027年部门预算', from: '2027-01-08', to: '2027-01-10', held: false },
      { kind: 'request_answer', caseLabel: '依申〔2026〕3号', from: '2027-01-04', to: '2027-01-11', held: true },
    ]);
    expect(mail.subject).toBe('【时限调整】2027年工作日历（测试发明电〔2026〕1号）生效，2项时限变化');
    expect(mail.text).toContain('区教育局：');
    expect(mail.text).toContain('日历版本 8');
    expect(mail.text).toContain('1. 公开2027年部门预算：任务办理时限 2027-01-08 → 2027-01-10\n');
    expect(mail.text).toContain('2. 依申〔2026〕3号：依申请公开答复期限 2027-01-04 → 2027-01-11（该事项已记录逾期或已督办');
  });
});

import type { Role } from '../../../libs/domain/src/registry/roles';
import { isNavGroup, navItemOf, visibleNavigation, type NavEntry } from './nav-item';
import { NAVIGATION, NAVIGATION_ITEMS } from './navigation';

const as = (...held: Role[]) => visibleNavigation(NAVIGATION, (roles) => !roles || roles.some((r) => held.includes(r)));
/** The header as text: a heading with its entries in brackets. */
const shown = (entries: NavEntry[]) => entries.map((e) => (isNavGroup(e) ? `${e.title}[${e.entries.map((i) => i.title).join(' ')}]` : e.title));

describe("the header's navigation, as each person sees it", () => {
  it('gives a coordinator their twelve entries under seven headings', () => {
    expect(shown(as('coordinator'))).toEqual([
      '工作台',
      '督办[督办台账 督办单 电话调度 季度通报]',
      '文件审签[审签 审签留痕]',
      '依申请公开',
      '年度报告',
      '系统管理[机构与人员 迁入 日历调整待决]',
      // Alone under 日志, it stands in the heading's place.
      '邮件日志',
    ]);
  });

  it('gives an admin every entry but the unit contact’s figures', () => {
    expect(shown(as('admin'))).toEqual(['工作台', '督办[督办台账 督办单 电话调度 季度通报]', '文件审签[审签 审签留痕]', '依申请公开', '年度报告', '系统管理[机构与人员 迁入 工作日历 日历调整待决]', '日志[邮件日志 操作日志]']);
  });

  it('keeps the few entries of a unit contact and of a signer side by side', () => {
    expect(shown(as('unit_contact'))).toEqual(['工作台', '督办台账', '督办单', '季度通报', '审签', '依申请公开', '主动公开数据']);
    expect(shown(as('signer'))).toEqual(['工作台', '督办台账', '督办单', '季度通报', '审签']);
  });

  it('groups an auditor’s reading and drops the headings with nothing for them', () => {
    expect(shown(as('auditor'))).toEqual(['工作台', '督办[督办台账 督办单 季度通报]', '审签留痕', '依申请公开', '年度报告', '日志[邮件日志 操作日志]']);
  });

  it('finds the entry of a page below it, the longest path first', () => {
    expect(navItemOf(NAVIGATION_ITEMS, '/ledger/42')?.title).toBe('督办台账');
    expect(navItemOf(NAVIGATION_ITEMS, '/reports/proactive')?.title).toBe('主动公开数据');
    expect(navItemOf(NAVIGATION_ITEMS, '/reports/cases')?.title).toBe('年度报告');
    expect(navItemOf(NAVIGATION_ITEMS, '/signoff-x')).toBeUndefined();
    expect(navItemOf(NAVIGATION_ITEMS, '/tokens')).toBeUndefined();
  });
});

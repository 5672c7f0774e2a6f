import type { Role } from '../../../libs/domain/src/registry/roles';
import { signoffNavigation } from './pages/signoff/routes';
import { adminNavigation } from './pages/admin/routes';
import { calendarNavigation } from './pages/calendar/routes';
import { reportsNavigation } from './pages/reports/routes';
import { requestsNavigation } from './pages/requests/routes';
import { trailsNavigation } from './pages/trails/routes';
import { auditLogNavigation } from './pages/audit-log/routes';
import { navItems, type NavEntry } from './nav-item';

const MANAGERS: Role[] = ['admin', 'coordinator'];

/** The header's navigation: an admin or a coordinator sees some fifteen entries, so they come by line of work. */
export const NAVIGATION: NavEntry[] = [
  { path: '/desk', title: '工作台' },
  {
    title: '督办',
    entries: [
      { path: '/ledger', title: '督办台账' },
      { path: '/orders', title: '督办单' },
      { path: '/calls', title: '电话调度', roles: MANAGERS },
      { path: '/circulars', title: '季度通报' },
    ],
  },
  // Not 审签: that is the name of its first entry, and a heading and an entry are told apart by name.
  { title: '文件审签', entries: [...signoffNavigation, ...trailsNavigation] },
  ...requestsNavigation,
  ...reportsNavigation,
  { title: '系统管理', entries: [...adminNavigation, ...calendarNavigation] },
  { title: '日志', entries: [{ path: '/mail', title: '邮件日志', roles: ['admin', 'coordinator', 'auditor'] }, ...auditLogNavigation] },
];

export const NAVIGATION_ITEMS = navItems(NAVIGATION);

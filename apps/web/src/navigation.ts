import type { Role } from '../../../libs/domain/src/registry/roles';
import { signoffNavigation } from './pages/signoff/routes';
import { adminNavigation } from './pages/admin/routes';
import { calendarNavigation } from './pages/calendar/routes';
import { reportsNavigation } from './pages/reports/routes';
import { requestsNavigation } from './pages/requests/routes';
import { trailsNavigation } from './pages/trails/routes';
import { auditLogNavigation } from './pages/audit-log/routes';
import type { NavItem } from './nav-item';



const MANAGERS: Role[] = ['admin', 'coordinator'];

export const NAVIGATION: NavItem[] = [
  { path: '/desk', title: '工作台' },
  { path: '/ledger', title: '督办台账' },
  { path: '/orders', title: '督办单' },
  { path: '/calls', title: '电话调度', roles: MANAGERS },
  { path: '/circulars', title: '季度通报' },
  ...signoffNavigation,
  ...trailsNavigation,
  ...requestsNavigation,
  ...reportsNavigation,
  ...adminNavigation,
  ...calendarNavigation,
  { path: '/mail', title: '邮件日志', roles: ['admin', 'coordinator', 'auditor'] },
  ...auditLogNavigation,
];

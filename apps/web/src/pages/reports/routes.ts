import type { RouteRecordRaw } from 'vue-router';
import { ROLES } from '../../../../../libs/domain/src/registry/roles';
import type { NavItem } from '../../nav-item';

export const reportsNavigation: NavItem[] = [{ path: '/reports', title: '年度报告', roles: ['admin', 'coordinator', 'auditor'] }];

export const reportsRoutes: RouteRecordRaw[] = [
  { path: 'reports', component: () => import('./AnnualReportPage.vue'), meta: { title: '年度报告' } },
  // Any signed-in person may check a published report, as the API allows.
  { path: 'reports/check', component: () => import('./ReportCheckerPage.vue'), meta: { title: '年度报告检查', roles: [...ROLES] } },
];

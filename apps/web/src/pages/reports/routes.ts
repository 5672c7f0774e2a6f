import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../../navigation';

export const reportsNavigation: NavItem[] = [{ path: '/reports', title: '年度报告', roles: ['admin', 'coordinator', 'auditor'] }];

export const reportsRoutes: RouteRecordRaw[] = [{ path: 'reports', component: () => import('./AnnualReportPage.vue'), meta: { title: '年度报告' } }];

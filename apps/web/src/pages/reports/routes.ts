import type { RouteRecordRaw } from 'vue-router';
import { ROLES } from '../../../../../libs/domain/src/registry/roles';
import type { NavItem } from '../../nav-item';

export const reportsNavigation: NavItem[] = [
  { path: '/reports', title: '年度报告', roles: ['admin', 'coordinator', 'auditor'] },
  // A unit contact opens only the part of the report their unit fills in.
  { path: '/reports/proactive', title: '主动公开数据', roles: ['unit_contact'] },
];

export const reportsRoutes: RouteRecordRaw[] = [
  { path: 'reports', component: () => import('./AnnualReportPage.vue'), meta: { title: '年度报告' } },
  { path: 'reports/cases', component: () => import('./ReviewCasesPage.vue'), meta: { title: '复议诉讼案件' } },
  // Units enter their own section 二 figures.
  { path: 'reports/proactive', component: () => import('./ProactiveFiguresPage.vue'), meta: { title: '主动公开数据', roles: ['admin', 'coordinator', 'auditor', 'unit_contact'] } },
  // Any signed-in person may check a published report, as the API allows.
  { path: 'reports/check', component: () => import('./ReportCheckerPage.vue'), meta: { title: '年度报告检查', roles: [...ROLES] } },
];

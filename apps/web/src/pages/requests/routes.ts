import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../../nav-item';

export const requestsNavigation: NavItem[] = [{ path: '/requests', title: '依申请公开', roles: ['admin', 'coordinator', 'unit_contact', 'auditor'] }];

export const requestsRoutes: RouteRecordRaw[] = [
  { path: 'requests', component: () => import('./RequestListPage.vue'), meta: { title: '依申请公开' } },
  { path: 'requests/new', component: () => import('./RegisterRequestPage.vue'), meta: { title: '登记申请' } },
  { path: 'requests/:id', component: () => import('./RequestPage.vue'), meta: { title: '申请办理' } },
];

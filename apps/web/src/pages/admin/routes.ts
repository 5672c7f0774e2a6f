import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../../nav-item';

export const adminNavigation: NavItem[] = [
  { path: '/admin', title: '机构与人员', roles: ['admin', 'coordinator'] },
  { path: '/moving-in', title: '迁入', roles: ['admin', 'coordinator'] },
];

export const adminRoutes: RouteRecordRaw[] = [
  { path: 'admin', component: () => import('./AdminPage.vue'), meta: { title: '机构与人员' } },
  { path: 'moving-in', component: () => import('./MovingInPage.vue'), meta: { title: '迁入' } },
];

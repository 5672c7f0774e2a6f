import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../../nav-item';

export const trailsNavigation: NavItem[] = [{ path: '/trails', title: '审签留痕', roles: ['auditor', 'coordinator', 'admin'] }];

export const trailsRoutes: RouteRecordRaw[] = [
  { path: 'trails', component: () => import('./TrailReviewPage.vue'), meta: { title: '审签留痕' } },
  { path: 'trails/:id', component: () => import('./TrailPage.vue'), meta: { title: '文件留痕' } },
];

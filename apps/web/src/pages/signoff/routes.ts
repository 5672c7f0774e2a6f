import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../../nav-item';

// An auditor only reads: their way in is the trail review.
export const signoffNavigation: NavItem[] = [{ path: '/signoff', title: '审签', roles: ['admin', 'coordinator', 'unit_contact', 'signer'] }];

export const signoffRoutes: RouteRecordRaw[] = [
  { path: 'signoff', component: () => import('./SignOffListPage.vue'), meta: { title: '审签' } },
  { path: 'signoff/settings', component: () => import('./SignOffSettingsPage.vue'), meta: { title: '审签设置', roles: ['admin', 'coordinator'] } },
  { path: 'signoff/new', component: () => import('./RegisterDocumentPage.vue'), meta: { title: '登记文件' } },
  { path: 'signoff/:id', component: () => import('./DocumentPage.vue'), meta: { title: '文件审签' } },
];

import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../../navigation';

export const signoffNavigation: NavItem[] = [{ path: '/signoff', title: '审签' }];

export const signoffRoutes: RouteRecordRaw[] = [
  { path: 'signoff', component: () => import('./SignOffListPage.vue'), meta: { title: '审签' } },
  { path: 'signoff/new', component: () => import('./RegisterDocumentPage.vue'), meta: { title: '登记文件' } },
  { path: 'signoff/:id', component: () => import('./DocumentPage.vue'), meta: { title: '文件审签' } },
];

import type { RouteRecordRaw } from 'vue-router';

/** Everyone's own settings; reached from the name in the header rather than the navigation. */
export const accountRoutes: RouteRecordRaw[] = [{ path: 'tokens', component: () => import('./TokensPage.vue'), meta: { title: '我的API令牌' } }];

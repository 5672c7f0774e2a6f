import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../../nav-item';

export const calendarNavigation: NavItem[] = [{ path: '/calendar', title: '工作日历', roles: ['admin'] }];

export const calendarRoutes: RouteRecordRaw[] = [{ path: 'calendar', component: () => import('./CalendarPage.vue'), meta: { title: '工作日历' } }];

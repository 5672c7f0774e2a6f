import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../../nav-item';

export const calendarNavigation: NavItem[] = [
  { path: '/calendar', title: '工作日历', roles: ['admin'] },
  { path: '/calendar/holds', title: '日历调整待决', roles: ['admin', 'coordinator'] },
];

export const calendarRoutes: RouteRecordRaw[] = [
  { path: 'calendar', component: () => import('./CalendarPage.vue'), meta: { title: '工作日历' } },
  { path: 'calendar/holds', component: () => import('./CalendarHoldsPage.vue'), meta: { title: '日历调整待决' } },
];

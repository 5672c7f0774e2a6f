import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../../nav-item';

export const auditLogNavigation: NavItem[] = [{ path: '/audit-log', title: '操作日志', roles: ['auditor', 'admin'] }];

export const auditLogRoutes: RouteRecordRaw[] = [{ path: 'audit-log', component: () => import('./AuditLogPage.vue'), meta: { title: '操作日志' } }];

import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router';
import { onSessionEnd } from './api/client';
import { NAVIGATION_ITEMS } from './navigation';
import { navItemOf } from './nav-item';
import { signoffRoutes } from './pages/signoff/routes';
import { accountRoutes } from './pages/account/routes';
import { adminRoutes } from './pages/admin/routes';
import { calendarRoutes } from './pages/calendar/routes';
import { reportsRoutes } from './pages/reports/routes';
import { requestsRoutes } from './pages/requests/routes';
import { trailsRoutes } from './pages/trails/routes';
import { auditLogRoutes } from './pages/audit-log/routes';
import { useSession } from './session';


export const router = createRouter({
  history: createWebHistory('/'),
  routes: [
    { path: '/login', component: () => import('./pages/auth/LoginPage.vue'), meta: { public: true, title: '登录' } },
    { path: '/password', component: () => import('./pages/auth/PasswordPage.vue'), meta: { title: '修改密码' } },
    {
      path: '/',
      component: () => import('./layout/AppLayout.vue'),
      children: [
        { path: '', redirect: '/desk' },
        { path: 'desk', component: () => import('./pages/desk/DeskPage.vue'), meta: { title: '工作台' } },
        { path: 'ledger', component: () => import('./pages/ledger/LedgerPage.vue'), meta: { title: '督办台账' } },
        { path: 'ledger/:id', component: () => import('./pages/ledger/TaskPage.vue'), meta: { title: '任务详情' } },
        { path: 'orders', component: () => import('./pages/orders/OrdersPage.vue'), meta: { title: '督办单' } },
        { path: 'calls', component: () => import('./pages/calls/CallsPage.vue'), meta: { title: '电话调度' } },
        { path: 'circulars', component: () => import('./pages/circulars/CircularsPage.vue'), meta: { title: '季度通报' } },
        { path: 'circulars/:year/:quarter', component: () => import('./pages/circulars/CircularPage.vue'), meta: { title: '季度通报' } },
        { path: 'mail', component: () => import('./pages/mail/MailLogPage.vue'), meta: { title: '邮件日志' } },
        { path: 'orders/:id', component: () => import('./pages/orders/OrderPage.vue'), meta: { title: '督办单' } },
        ...signoffRoutes,
        ...trailsRoutes,
        ...auditLogRoutes,
        ...requestsRoutes,
        ...reportsRoutes,
        ...adminRoutes,
        ...accountRoutes,
        ...calendarRoutes,
        { path: ':rest(.*)*', component: () => import('./pages/NotFoundPage.vue'), meta: { title: '页面不存在' } },
      ],
    },
  ],
});

/** Where to come back to after signing in again: the page the person was on. */
const loginFor = (to: RouteLocationNormalized) => ({ path: '/login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } });

router.beforeEach(async (to) => {
  document.title = `${(to.meta.title as string | undefined) ?? '工作台'} · 政务公开督办工作台`;
  if (to.meta.public) return true;
  const session = useSession();
  if (!session.signedIn) {
    const actor = await session.load().catch(() => undefined);
    // undefined: no answer at all (server down); the login page says so rather than a blank page.
    if (actor === undefined) return { ...loginFor(to), query: { ...loginFor(to).query, unreachable: '1' } };
    if (actor === null) return loginFor(to);
  }
  if (session.mustChangePassword && to.path !== '/password') return { path: '/password', query: { redirect: to.fullPath } };
  const roles = (to.meta.roles as never) ?? navItemOf(NAVIGATION_ITEMS, to.path)?.roles;
  if (!session.hasAnyRole(roles)) return { path: '/desk' };
  return true;
});

onSessionEnd((why) => {
  const session = useSession();
  const here = router.currentRoute.value;
  if (why === 'UNAUTHENTICATED') {
    // No one signed in yet: the guard is loading the session and sends the page to the login
    // with the page asked for; pushing here would cancel that and lose the way back.
    if (!session.signedIn) return;
    session.$reset();
    if (!here.meta.public) void router.push(loginFor(here));
  } else {
    session.mustChangePassword = true;
    if (here.path !== '/password') void router.push({ path: '/password', query: { redirect: here.fullPath } });
  }
});

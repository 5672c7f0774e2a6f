import { defineStore } from 'pinia';
import type { Role } from '../../../libs/domain/src/registry/roles';
import { answer, api } from './api/client';
import { ApiError } from './api/api-error';
import type { Actor } from './api/views';

/** Who is signed in, as the server says (GET /api/auth/me); the only state the pages share. */
export const useSession = defineStore('session', {
  state: () => ({ actor: null as Actor | null, mustChangePassword: false }),
  getters: {
    signedIn: (s) => s.actor !== null,
  },
  actions: {
    /** The actor behind the session cookie, or null when there is no live session. */
    async load(): Promise<Actor | null> {
      try {
        this.actor = await answer(api.GET('/api/auth/me'));
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 401) throw error;
        this.actor = null;
      }
      return this.actor;
    },
    async login(email: string, password: string): Promise<void> {
      const result = await answer(api.POST('/api/auth/login', { body: { email, password } }));
      this.mustChangePassword = result.mustChangePassword;
      await this.load();
    },
    async changePassword(currentPassword: string, newPassword: string): Promise<void> {
      await answer(api.POST('/api/auth/password', { body: { currentPassword, newPassword } }));
      this.mustChangePassword = false;
    },
    async logout(): Promise<void> {
      await answer(api.POST('/api/auth/logout')).catch(() => undefined);
      this.$reset();
    },
    /** The server still decides; this only hides what would be refused. */
    hasAnyRole(roles: readonly Role[] | undefined): boolean {
      return !roles || roles.some((r) => this.actor?.roles.includes(r));
    },
  },
});

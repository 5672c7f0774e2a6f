import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ROLE_LABELS, type Role } from '../../../../libs/domain/src/registry/roles';
import { ALLOWED_BEFORE_PASSWORD_CHANGE, OPEN_TO_READERS, onlyReads, PUBLIC_ROUTE, REQUIRED_ROLES } from '../common/access';
import { AppError } from '../common/app-error';
import { AuthService } from './auth.service';
import { checkCsrf, credentialOf } from './session-cookie';

const READING_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every route is closed unless marked @Public(); roles are checked against the database's view. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const { authorization, viaCookie } = credentialOf(request);
    const { actor, mustChangePassword } = await this.auth.authenticate(authorization);
    if (viaCookie) checkCsrf(request);
    request.actor = actor;
    if (mustChangePassword && actor.via === 'password' && !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_PASSWORD_CHANGE, targets)) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', '请先修改一次性密码：POST /api/auth/password');
    }
    if (!READING_METHODS.has(request.method) && onlyReads(actor) && !this.reflector.getAllAndOverride<boolean>(OPEN_TO_READERS, targets)) {
      throw new AppError('AUDITOR_READ_ONLY', '审计员只能查阅，不能进行更改');
    }
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !required.some((role) => actor.roles.includes(role))) {
      throw new AppError('FORBIDDEN', `需要以下角色之一：${required.map((role) => ROLE_LABELS[role]).join('、')}`);
    }
    return true;
  }
}

import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { ApiTokenEntity } from '../../../../libs/persistence/src/entities/api-token.entity';
import { PersonEntity } from '../../../../libs/persistence/src/entities/person.entity';
import { ApiContext } from '../api-context';
import type { Actor } from '../common/actor';
import { AppError, notFound } from '../common/app-error';
import { API_TOKEN_PREFIX, hashApiToken, newApiToken } from './api-token';
import { LoginRateLimiter } from './login-rate-limiter';
import { hashPassword, verifyPassword } from './password';

const unauthenticated = (reason: string) => new AppError('UNAUTHENTICATED', reason);

/** Don't write last-used on every request; once a minute is enough to see a token is alive. */
const LAST_USED_GRANULARITY_MS = 60_000;

@Injectable()
export class AuthService {
  private readonly limiter: LoginRateLimiter;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly context: ApiContext,
  ) {
    this.limiter = new LoginRateLimiter(context.config.auth.loginAttempts, context.config.auth.loginWindowSeconds);
  }

  private get people() {
    return this.dataSource.getRepository(PersonEntity);
  }

  private get tokens() {
    return this.dataSource.getRepository(ApiTokenEntity);
  }

  async login(email: string, password: string, address: string) {
    this.limiter.hit(address, email);
    const person = await this.people.findOne({ where: { email: email.toLowerCase() } });
    // One message for every failure: no telling which emails exist.
    if (!person || !person.active || !(await verifyPassword(person.passwordHash, password))) {
      throw unauthenticated('邮箱或密码错误');
    }
    return { ...(await this.issueSession(person.id, person.sessionVersion)), tokenType: 'Bearer' as const, mustChangePassword: person.mustChangePassword };
  }

  /** A session token is good only at the person's session version it was signed at. */
  private async issueSession(personId: string, sessionVersion: number): Promise<{ accessToken: string; expiresIn: number }> {
    const expiresIn = this.context.config.auth.jwtTtlSeconds;
    return { accessToken: await this.jwt.signAsync({ sub: personId, sv: sessionVersion }, { expiresIn }), expiresIn };
  }

  /** Resolves a bearer credential to the person behind it, with roles and unit read from the database. */
  async authenticate(authorization: string | undefined): Promise<{ actor: Actor; mustChangePassword: boolean }> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) throw unauthenticated('请登录：发送 Authorization: Bearer <令牌>');
    const credential = match[1];
    let personId: string;
    let sessionVersion: number | null = null;
    let via: Actor['via'];
    if (credential.startsWith(API_TOKEN_PREFIX)) {
      personId = await this.personOfApiToken(credential);
      via = 'api_token';
    } else {
      ({ personId, sessionVersion } = await this.personOfJwt(credential));
      via = 'password';
    }
    const person = await this.people.findOne({ where: { id: personId } });
    if (!person) throw unauthenticated('令牌所指的人员不存在');
    if (!person.active) throw unauthenticated('该账号已停用');
    if (sessionVersion !== null && sessionVersion !== person.sessionVersion) {
      throw unauthenticated('令牌签发后密码已更改，请重新登录');
    }
    const actor: Actor = {
      personId: person.id,
      name: person.name,
      email: person.email,
      roles: person.roles,
      unitId: person.unitId,
      signerLevel: person.signerLevel,
      via,
    };
    return { actor, mustChangePassword: person.mustChangePassword };
  }

  private async personOfJwt(token: string): Promise<{ personId: string; sessionVersion: number }> {
    try {
      const payload = await this.jwt.verifyAsync<{ sub?: string; sv?: unknown }>(token);
      if (typeof payload.sub !== 'string') throw unauthenticated('令牌中没有人员标识');
      // A token from before session versions existed belongs to version 0.
      return { personId: payload.sub, sessionVersion: typeof payload.sv === 'number' ? payload.sv : 0 };
    } catch (error) {
      if (error instanceof AppError) throw error;
      const name = (error as Error).name;
      throw unauthenticated(name === 'TokenExpiredError' ? '令牌已过期，请重新登录' : '令牌无效');
    }
  }

  private async personOfApiToken(token: string): Promise<string> {
    const row = await this.tokens.findOne({ where: { tokenHash: hashApiToken(token) } });
    if (!row || row.revokedAt) throw unauthenticated('API 令牌无效或已撤销');
    const now = new Date();
    if (row.expiresAt && row.expiresAt <= now) throw unauthenticated('API 令牌已过期');
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
      await this.tokens.update({ id: row.id }, { lastUsedAt: now });
    }
    return row.personId;
  }

  /**
   * Ends every session of the person, the one making the change included, and answers a fresh
   * session at the new version for the caller to carry on with.
   */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<{ accessToken: string; expiresIn: number }> {
    const person = await this.people.findOneOrFail({ where: { id: actor.personId } });
    if (!(await verifyPassword(person.passwordHash, currentPassword))) {
      throw new AppError('VALIDATION_FAILED', 'currentPassword：当前密码错误', [{ field: 'currentPassword', reason: '当前密码错误' }]);
    }
    if (currentPassword === newPassword) {
      throw new AppError('VALIDATION_FAILED', 'newPassword：新密码不能与当前密码相同', [
        { field: 'newPassword', reason: '新密码不能与当前密码相同' },
      ]);
    }
    const sessionVersion = person.sessionVersion + 1;
    await this.people.update(
      { id: person.id },
      { passwordHash: await hashPassword(newPassword), mustChangePassword: false, sessionVersion, updatedAt: new Date() },
    );
    return this.issueSession(person.id, sessionVersion);
  }

  async createApiToken(actor: Actor, name: string, expiresInDays: number | undefined) {
    const token = newApiToken();
    const now = new Date();
    const row = await this.tokens.save({
      id: randomUUID(),
      personId: actor.personId,
      name,
      tokenHash: hashApiToken(token),
      expiresAt: expiresInDays ? new Date(now.getTime() + expiresInDays * 86_400_000) : null,
      revokedAt: null,
      lastUsedAt: null,
      createdAt: now,
    });
    return { ...toTokenView(row), token };
  }

  async listApiTokens(actor: Actor) {
    const rows = await this.tokens.find({ where: { personId: actor.personId, revokedAt: IsNull() }, order: { createdAt: 'ASC' } });
    return rows.map(toTokenView);
  }

  async revokeApiToken(actor: Actor, id: string): Promise<void> {
    const row = await this.tokens.findOne({ where: { id, personId: actor.personId } });
    if (!row || row.revokedAt) throw notFound('API 令牌', id);
    await this.tokens.update({ id }, { revokedAt: new Date() });
  }
}

function toTokenView(row: ApiTokenEntity) {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

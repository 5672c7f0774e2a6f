import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, FindOptionsWhere, Raw } from 'typeorm';
import { personShapeIssues } from '../../../../libs/domain/src/registry/person-rules';
import type { Role } from '../../../../libs/domain/src/registry/roles';
import { PersonEntity } from '../../../../libs/persistence/src/entities/person.entity';
import { hashPassword, oneTimePassword } from '../auth/password';
import { assertUnitInScope, unitScope } from '../common/access';
import type { Actor } from '../common/actor';
import { AppError, notFound } from '../common/app-error';
import { containsText, Page } from '../common/paging';
import { CreatePersonDto, ListPeopleQuery, PersonDto, PersonWithPasswordDto, UpdatePersonDto } from './dto/person.dto';
import { activeUnit } from '../units/active-unit';

export function toPersonDto(person: PersonEntity): PersonDto {
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    unitId: person.unitId,
    roles: person.roles,
    signerLevel: person.signerLevel,
    active: person.active,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
  };
}

/** Roles live in a JSON text column; a quoted match finds one role without matching a longer name. */
const holdsRole = (role: Role) => Raw((column) => `${column} LIKE :rolePattern`, { rolePattern: `%"${role}"%` });

@Injectable()
export class PeopleService {
  constructor(private readonly dataSource: DataSource) {}

  private get people() {
    return this.dataSource.getRepository(PersonEntity);
  }

  async list(actor: Actor, query: ListPeopleQuery): Promise<Page<PersonDto>> {
    const base: FindOptionsWhere<PersonEntity> = {};
    const scope = unitScope(actor);
    if (query.unitId) assertUnitInScope(actor, query.unitId);
    if (scope !== null) base.unitId = scope;
    else if (query.unitId) base.unitId = query.unitId;
    if (query.active !== undefined) base.active = query.active;
    if (query.role) base.roles = holdsRole(query.role);
    // Emails are stored in lower case: fold the search too, or PostgreSQL's case-sensitive LIKE would
    // miss "Zhang@…" where SQLite finds it.
    const where = query.q ? [{ ...base, name: containsText(query.q) }, { ...base, email: containsText(query.q.toLowerCase()) }] : base;
    const [rows, total] = await this.people.findAndCount({
      where,
      order: { name: 'ASC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: rows.map(toPersonDto), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: string): Promise<PersonDto> {
    const person = await this.found(id);
    if (person.id !== actor.personId) assertUnitInScope(actor, person.unitId);
    return toPersonDto(person);
  }

  async create(actor: Actor, dto: CreatePersonDto): Promise<PersonWithPasswordDto> {
    const email = dto.email.toLowerCase();
    const shape = { roles: dto.roles, signerLevel: dto.signerLevel ?? null, unitId: dto.unitId ?? null };
    this.assertShape(shape);
    this.assertMayGrant(actor, [], dto.roles);
    await this.assertEmailFree(email);
    if (shape.unitId) await this.assertActiveUnit(shape.unitId);
    const password = oneTimePassword();
    const now = new Date();
    const person = await this.people.save({
      id: randomUUID(),
      name: dto.name,
      email,
      ...shape,
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
      active: true,
      createdAt: now,
      updatedAt: now,
    });
    return { ...toPersonDto(person), oneTimePassword: password };
  }

  async update(actor: Actor, id: string, dto: UpdatePersonDto): Promise<PersonDto> {
    const person = await this.found(id);
    const next = {
      roles: dto.roles ?? person.roles,
      signerLevel: dto.signerLevel !== undefined ? dto.signerLevel : person.signerLevel,
      unitId: dto.unitId !== undefined ? dto.unitId : person.unitId,
    };
    this.assertShape(next);
    this.assertMayGrant(actor, person.roles, next.roles);
    if (person.roles.includes('admin') && !next.roles.includes('admin')) await this.assertNotLastAdmin(person.id);
    const email = dto.email?.toLowerCase();
    if (email !== undefined && email !== person.email) await this.assertEmailFree(email);
    if (next.unitId && next.unitId !== person.unitId) await this.assertActiveUnit(next.unitId);
    await this.people.update(
      { id },
      { ...next, ...(dto.name !== undefined && { name: dto.name }), ...(email !== undefined && { email }), updatedAt: new Date() },
    );
    return toPersonDto(await this.found(id));
  }

  async setActive(actor: Actor, id: string, active: boolean): Promise<PersonDto> {
    const person = await this.found(id);
    this.assertMayGrant(actor, person.roles, person.roles);
    if (!active) {
      if (person.id === actor.personId) throw new AppError('CONFLICT', '不能停用自己的账号');
      if (person.roles.includes('admin')) await this.assertNotLastAdmin(person.id);
    } else if (person.unitId) {
      await this.assertActiveUnit(person.unitId);
    }
    await this.people.update({ id }, { active, updatedAt: new Date() });
    return toPersonDto(await this.found(id));
  }

  /** A new one-time password, shown once; the old password and every login token stop working at once. */
  async resetPassword(actor: Actor, id: string): Promise<PersonWithPasswordDto> {
    const person = await this.found(id);
    this.assertMayGrant(actor, person.roles, person.roles);
    const password = oneTimePassword();
    await this.people.update(
      { id },
      { passwordHash: await hashPassword(password), mustChangePassword: true, sessionVersion: person.sessionVersion + 1, updatedAt: new Date() },
    );
    return { ...toPersonDto(await this.found(id)), oneTimePassword: password };
  }

  private async found(id: string): Promise<PersonEntity> {
    const person = await this.people.findOne({ where: { id } });
    if (!person) throw notFound('人员', id);
    return person;
  }

  private assertShape(shape: Parameters<typeof personShapeIssues>[0]): void {
    const issues = personShapeIssues(shape);
    if (issues.length) throw new AppError('VALIDATION_FAILED', issues.map((i) => `${i.field}：${i.reason}`).join('；'), issues);
  }

  /** Only an admin makes, unmakes or manages an admin: a coordinator cannot raise anyone above themselves. */
  private assertMayGrant(actor: Actor, before: Role[], after: Role[]): void {
    if (actor.roles.includes('admin')) return;
    if (before.includes('admin') || after.includes('admin')) {
      throw new AppError('FORBIDDEN', '只有管理员才能授予、撤销或管理管理员角色');
    }
  }

  private async assertNotLastAdmin(personId: string): Promise<void> {
    const admins = await this.people.find({ where: { active: true, roles: holdsRole('admin') }, select: { id: true } });
    if (admins.length === 1 && admins[0].id === personId) {
      throw new AppError('CONFLICT', '这是最后一位在用的管理员，请先另设一位管理员');
    }
  }

  private async assertEmailFree(email: string): Promise<void> {
    if (await this.people.exists({ where: { email } })) {
      throw new AppError('CONFLICT', `邮箱为 ${email} 的人员已存在`, [{ field: 'email', reason: '已被占用' }]);
    }
  }

  private async assertActiveUnit(unitId: string): Promise<void> {
    await activeUnit(this.dataSource, unitId);
  }
}

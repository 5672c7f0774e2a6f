import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor as CaseActor } from '../../../../libs/domain/src/registry/actor';
import type { Role, SignerLevel } from '../../../../libs/domain/src/registry/roles';

/** Who is calling, as the server knows them: roles and unit come from the database, never the client. */
export interface Actor {
  personId: string;
  name: string;
  email: string;
  roles: Role[];
  unitId: string | null;
  signerLevel: SignerLevel | null;
  via: 'password' | 'api_token';
}

/** The caller as a case workflow receives them (sign-off, request, task). */
export function caseActor(actor: Actor): CaseActor {
  return { id: actor.personId, name: actor.name, email: actor.email, roles: actor.roles, unitId: actor.unitId };
}

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest().actor as Actor | undefined;
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});

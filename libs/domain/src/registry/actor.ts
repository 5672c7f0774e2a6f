import type { Role } from './roles';

/**
 * The person behind a step of a case, as the server knows them (from the database, never from
 * the client): the one shape every case workflow receives, whichever feature it is.
 */
export interface Actor {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  unitId: string | null;
}

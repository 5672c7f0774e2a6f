import type { Role } from '../../../../libs/domain/src/registry/roles';

/** The shapes of the answers the console reads: the API's DTOs declare few response schemas, so these mirror what they return. */
export interface Actor {
  personId: string;
  name: string;
  roles: Role[];
  unitId: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface LoginResult {
  mustChangePassword: boolean;
}

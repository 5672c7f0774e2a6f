import type { Role } from '../../../libs/domain/src/registry/roles';

/** One entry of the navigation; each area's routes.ts declares its own. */
export interface NavItem {
  path: string;
  title: string;
  /** Who sees the entry; everyone when absent. The API refuses the rest anyway. */
  roles?: Role[];
}

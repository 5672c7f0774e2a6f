import type { components } from '../../api/schema';

export type Unit = components['schemas']['UnitDto'];
export type Person = components['schemas']['PersonDto'];

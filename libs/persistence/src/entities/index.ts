import { ApiTokenEntity } from './api-token.entity';
import { PersonEntity } from './person.entity';
import { UnitEntity } from './unit.entity';

export { ApiTokenEntity, PersonEntity, UnitEntity };
export const ENTITIES = [UnitEntity, PersonEntity, ApiTokenEntity];

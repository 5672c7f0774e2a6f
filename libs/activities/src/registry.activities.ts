import type { DataSource } from 'typeorm';
import type { RegistryActivities } from '../../contracts/src/registry-activities';
import { PersonEntity } from '../../persistence/src/entities/person.entity';
import { UnitEntity } from '../../persistence/src/entities/unit.entity';

export function createRegistryActivities(dataSource: DataSource): RegistryActivities {
  return {
    async summarizeRegistry() {
      const [activeUnits, activePeople] = await Promise.all([
        dataSource.getRepository(UnitEntity).count({ where: { active: true } }),
        dataSource.getRepository(PersonEntity).count({ where: { active: true } }),
      ]);
      return { activeUnits, activePeople };
    },
  };
}

import { shallowRef } from 'vue';
import { answer, api } from '../api/client';
import type { Person, Plan, Unit } from '../api/views';

/** Units and plans by id, for names in tables and choices in filters; read once per page. */
export function useDirectory() {
  const units = shallowRef<Unit[]>([]);
  const plans = shallowRef<Plan[]>([]);
  const unitName = (id: string | null) => units.value.find((u) => u.id === id)?.name ?? '';
  const planTitle = (id: string | null) => plans.value.find((p) => p.id === id)?.title ?? '';
  async function load(): Promise<void> {
    const [u, p] = await Promise.all([
      answer(api.GET('/api/units', { params: { query: { pageSize: 500 } } })),
      answer(api.GET('/api/plans')),
    ]);
    units.value = u.items;
    plans.value = p.items;
  }
  return { units, plans, unitName, planTitle, load };
}

/** The active people of a unit, e.g. to name a task's owner. */
export async function peopleOf(unitId: string): Promise<Person[]> {
  return (await answer(api.GET('/api/people', { params: { query: { unitId, pageSize: 500, active: true } } }))).items;
}

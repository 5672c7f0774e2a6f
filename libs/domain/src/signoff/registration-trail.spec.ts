import { registrationTrail } from './registration-trail';
import type { RegisteredDocument } from './signoff-state';

const document: RegisteredDocument = {
  documentId: 'd1',
  title: '关于印发某某办法的通知',
  unitId: 'u1',
  drafter: { id: 'p1', name: '张三', email: 'zhang@example.cn' },
  attribute: 'withheld',
  withholdingBasis: 'state_secret',
  version: 1,
  documentSha256: 'b'.repeat(64),
};

describe('registrationTrail', () => {
  it('records the registration, then the attribute the drafter set, both by the drafter', () => {
    const entries = registrationTrail(document, '2024-09-27T02:00:00.000Z');
    expect(entries.map((e) => [e.seq, e.event, e.actorName, e.actorRole])).toEqual([
      [1, 'registered', '张三', 'drafter'],
      [2, 'attribute_set', '张三', 'drafter'],
    ]);
    expect(entries[0].data).toEqual({ title: '关于印发某某办法的通知', version: 1 });
    expect(entries[1].data).toEqual({ attribute: 'withheld', withholdingBasis: 'state_secret', before: null });
    expect(entries.every((e) => e.documentSha256 === 'b'.repeat(64) && e.occurredAt === '2024-09-27T02:00:00.000Z')).toBe(true);
  });

  it('records only the registration when no attribute is set yet', () => {
    const entries = registrationTrail({ ...document, attribute: null, withholdingBasis: null }, '2024-09-27T02:00:00.000Z');
    expect(entries.map((e) => e.event)).toEqual(['registered']);
  });
});

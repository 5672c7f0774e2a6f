import { randomUUID } from 'node:crypto';
import { quarterTimeliness } from '../../libs/activities/src/quarter-timeliness';
import { DocumentEntity, InformationRequestEntity, PersonEntity, UnitEntity } from '../../libs/persistence/src';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('timeliness of publication and answers in a quarter, counted in the database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('counts per unit the items whose deadline ran out in the quarter, and those done by that day', async () => {
    const now = new Date();
    const [a, b] = [randomUUID(), randomUUID()];
    await db.dataSource.getRepository(UnitEntity).insert([a, b].map((id, i) => ({ id, name: `单位${i}`, parentId: null, contactEmails: [], contactPhone: null, leaderEmail: null, active: true, createdAt: now, updatedAt: now })));
    const person = randomUUID();
    await db.dataSource.getRepository(PersonEntity).insert({ id: person, name: '起草人', email: 'd@t.cn', unitId: a, roles: ['unit_contact'], signerLevel: null, passwordHash: null, mustChangePassword: false, active: true, createdAt: now, updatedAt: now });

    const doc = (unitId: string, due: string, published: string | null) => ({
      id: randomUUID(), title: '文件', documentType: 'normative_document', unitId, drafterId: person, attribute: 'proactive', withholdingBasis: null,
      status: published ? 'published' : 'awaiting_publication', version: 1, sha256: 'a'.repeat(64), round: 1, currentLevel: null, currentSignerId: null, signerIds: [],
      levelDueAt: null, signedAt: now, publicationDueOn: due, publicationOverdue: false, publishedOn: published, publicationUrl: null, deadlineProvisional: false, createdAt: now, updatedAt: now,
    });
    await db.dataSource.getRepository(DocumentEntity).insert([
      doc(a, '2024-08-01', '2024-07-30'), // on time
      doc(a, '2024-08-01', '2024-08-01'), // on the due day: on time
      doc(a, '2024-09-30', '2024-10-08'), // late
      doc(a, '2024-10-09', null), // due next quarter: not counted
      doc(b, '2024-07-15', null), // never published: due, not on time
    ]);

    let n = 0;
    const request = (unitId: string, due: string, answered: string | null) => ({
      id: randomUUID(), number: `2024-${String(++n).padStart(4, '0')}`, yearReceived: 2024, numberInYear: n, unitId, requesterType: 'natural_person', requesterName: '张三',
      requesterContact: '138', receiptChannel: 'online', receivedOn: '2024-06-01', content: '申请', countFrom: 'next_day', status: answered ? 'closed' : 'open',
      dueOn: due, dueExplanation: null, calendarVersion: null, provisional: false, extensionApprovedOn: null, extensionWorkingDays: null, extensionApprover: null,
      correctionRequestedOn: null, correctionDue: null, correctionReceivedOn: null, consultationOpen: false, pausedWorkingDays: 0, outcome: answered ? 'granted' : null,
      answeredOn: answered, answerKind: null, answerSha256: null, answerFilename: null, answerMediaType: null, answerSizeBytes: null,
      breached: false, overdueWorkingDays: 0, registeredBy: person, createdAt: now, updatedAt: now,
    });
    await db.dataSource.getRepository(InformationRequestEntity).insert([
      request(b, '2024-07-10', '2024-07-09'), // on time
      request(b, '2024-09-12', '2024-09-20'), // late
      request(b, '2024-06-28', '2024-06-27'), // due last quarter: not counted
    ]);

    expect(await quarterTimeliness(db.dataSource.manager, { year: 2024, quarter: 3 })).toEqual({
      signOffs: { [a]: { total: 3, onTime: 2 }, [b]: { total: 1, onTime: 0 } },
      requests: { [b]: { total: 2, onTime: 1 } },
    });
  });
});

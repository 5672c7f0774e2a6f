import { RequestAnswerFileEntity } from '../../libs/persistence/src/entities/request-answer-file.entity';
import { InformationRequestEntity } from '../../libs/persistence/src/entities/information-request.entity';
import { act, registerRequest, startRequestWorld, type RequestWorld } from '../support/request-fixtures';
import { sha256 } from '../support/signoff-fixtures';

/**
 * A publication racing the writes it locks out: each write either lands before the figures are
 * read (and is in them) or is refused. Run on PostgreSQL by the full pass, where the writes go
 * on connections of their own and nothing but the year lock orders them.
 */
describe('the year lock against a racing publication', () => {
  let w: RequestWorld;
  beforeAll(async () => {
    w = await startRequestWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  const figures = async (year: number) => (await w.api.http.get(`/annual-reports/${year}/figures`).set('authorization', w.coordinator.auth)).body.figures;

  it('lets no write slip past a publication of its year', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) ids.push((await registerRequest(w, { receivedOn: '2022-03-01' })).body.id);

    let published = false;
    const writer = async (n: number) => {
      const statuses: number[] = [];
      // Writers keep going until two rounds after the publication answered, so some overlap it.
      for (let round = 0, after = 0; after < 2; round++) {
        if (published) after += 1;
        const response = await w.api.http
          .post('/review-litigation-cases')
          .set('authorization', w.coordinator.auth)
          .send({ kind: 'administrative_review', year: 2022, reference: `复议-${n}-${round}` });
        statuses.push(response.status);
      }
      return statuses;
    };
    const closes = ids.map((id, i) =>
      new Promise((r) => setTimeout(r, 15 * i)).then(() =>
        act(w, id, 'close', w.contact.auth, { outcome: 'granted', answeredOn: '2022-03-20', answerText: `答复${i}` }),
      ),
    );
    // Within the pool of ten connections the test's API and worker share: each waiting writer holds one.
    const writers = [0, 1, 2, 3].map(writer);
    await new Promise((r) => setTimeout(r, 60));
    const publication = await w.api.http.post('/annual-reports/2022/publish').set('authorization', w.coordinator.auth);
    published = true;
    expect(publication.status).toBe(200);
    const statuses = (await Promise.all(writers)).flat();
    const closed = await Promise.all(closes);

    // Every write was taken or refused for the lock, nothing else; some of each, so they raced.
    expect(new Set(statuses)).toEqual(new Set([201, 409]));
    for (const c of closed) expect([200, 409]).toContain(c.status);
    // What the publication stated is what the records say now: no write landed after it read them.
    const now = await figures(2022);
    expect(now.reviewLitigation).toEqual(publication.body.figures.reviewLitigation);
    expect(now.requests).toEqual(publication.body.figures.requests);
    const taken = statuses.filter((s) => s === 201).length;
    expect(publication.body.figures.reviewLitigation.review.total).toBe(taken);

    // A close taken recorded the hash of a file stored before it; one refused by the lock stored nothing.
    for (const [i, id] of ids.entries()) {
      const row = await w.api.db.dataSource.getRepository(InformationRequestEntity).findOneByOrFail({ id });
      const file = await w.api.db.dataSource.getRepository(RequestAnswerFileEntity).findOneBy({ requestId: id, sha256: sha256(`答复${i}`) });
      if (closed[i].status === 200) expect([row.answerSha256, file?.sha256]).toEqual([sha256(`答复${i}`), sha256(`答复${i}`)]);
      else expect([closed[i].body.code, row.answerSha256, file]).toEqual(['YEAR_LOCKED', null, null]);
    }
  }, 120_000);

  it("stores a request's answer file before its workflow records the hash", async () => {
    const { id } = (await registerRequest(w, { receivedOn: '2024-03-01' })).body;
    // The workflow refuses this close (an answer dated in the future) after the API stored the file.
    const refused = await act(w, id, 'close', w.contact.auth, { outcome: 'granted', answeredOn: '2099-01-04', answerText: '予以公开' });
    expect([refused.status, refused.body.code]).toEqual([422, 'EVENT_IN_FUTURE']);
    const files = w.api.db.dataSource.getRepository(RequestAnswerFileEntity);
    expect(await files.countBy({ requestId: id, sha256: sha256('予以公开') })).toBe(1);
    expect((await w.api.db.dataSource.getRepository(InformationRequestEntity).findOneByOrFail({ id })).answerSha256).toBeNull();
    // The same answer again: stored once, now with its hash recorded and readable.
    const closed = await act(w, id, 'close', w.contact.auth, { outcome: 'granted', answeredOn: '2024-03-20', answerText: '予以公开' });
    expect(closed.body).toMatchObject({ answerSha256: sha256('予以公开'), answerText: '予以公开' });
    expect(await files.countBy({ requestId: id })).toBe(1);
  }, 60_000);
});

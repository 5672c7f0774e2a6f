import { randomUUID } from 'node:crypto';
import { PersonEntity, UnitEntity } from '../../libs/persistence/src';
import { createTestDatabase, TestDatabase, testDatabaseKind } from '../support/test-database';

describe(`persistence on ${testDatabaseKind()}`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  const unit = (name: string, parentId: string | null = null) => ({
    id: randomUUID(),
    name,
    parentId,
    contactEmails: ['a@x.cn', 'b@x.cn'],
    contactPhone: null,
    leaderEmail: null,
    active: true,
    createdAt: new Date('2024-09-30T16:30:00.123Z'),
    updatedAt: new Date('2024-09-30T16:30:00.123Z'),
  });

  it('has applied every migration and has none pending', async () => {
    expect(await db.dataSource.showMigrations()).toBe(false);
    const tables = (await db.dataSource.createQueryRunner().getTables(['units', 'people', 'api_tokens'])).map((t) => t.name);
    expect(tables.map((t) => t.replace(/^.*\./, '')).sort()).toEqual(['api_tokens', 'people', 'units']);
  });

  it('keeps instants exact to the millisecond and JSON lists intact', async () => {
    const row = unit('时间单位');
    await db.dataSource.getRepository(UnitEntity).insert(row);
    const read = await db.dataSource.getRepository(UnitEntity).findOneByOrFail({ id: row.id });
    expect(read.createdAt.toISOString()).toBe('2024-09-30T16:30:00.123Z');
    expect(read.contactEmails).toEqual(['a@x.cn', 'b@x.cn']);
    expect(read.active).toBe(true);
  });

  it('enforces unique unit names and person emails, and real parent and unit references', async () => {
    const repo = db.dataSource.getRepository(UnitEntity);
    await repo.insert(unit('唯一'));
    await expect(repo.insert(unit('唯一'))).rejects.toThrow();
    await expect(repo.insert(unit('无父', randomUUID()))).rejects.toThrow();
    const people = db.dataSource.getRepository(PersonEntity);
    const person = {
      name: '甲',
      email: 'dup@x.cn',
      unitId: null,
      roles: ['auditor' as const],
      signerLevel: null,
      passwordHash: null,
      mustChangePassword: false,
      active: true,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    await people.insert({ id: randomUUID(), ...person });
    await expect(people.insert({ id: randomUUID(), ...person })).rejects.toThrow();
    await expect(people.insert({ id: randomUUID(), ...person, email: 'other@x.cn', unitId: randomUUID() })).rejects.toThrow();
  });

  it('reverts and re-applies the migrations cleanly', async () => {
    await db.dataSource.undoLastMigration();
    expect(await db.dataSource.showMigrations()).toBe(true);
    await db.dataSource.runMigrations();
    expect(await db.dataSource.showMigrations()).toBe(false);
  });

  it('keeps transactions begun at once apart: one rolled back takes none of the other\'s writes', async () => {
    const repo = db.dataSource.getRepository(UnitEntity);
    const [a1, a2, b1, b2] = ['并发甲一', '并发甲二', '并发乙一', '并发乙二'].map((name) => unit(name));
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const outcomes = await Promise.allSettled([
      db.dataSource.transaction(async (manager) => {
        await manager.getRepository(UnitEntity).insert(a1);
        await pause(30);
        await manager.getRepository(UnitEntity).insert(a2);
        throw new Error('甲 fails after both writes');
      }),
      db.dataSource.transaction(async (manager) => {
        await manager.getRepository(UnitEntity).insert(b1);
        await pause(5);
        await manager.getRepository(UnitEntity).insert(b2);
      }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled']);
    expect((outcomes[0] as PromiseRejectedResult).reason.message).toBe('甲 fails after both writes');
    const names = (await repo.find({ where: [a1, a2, b1, b2].map((u) => ({ id: u.id })) })).map((u) => u.name).sort();
    expect(names).toEqual(['并发乙一', '并发乙二']);
  });

  it('runs a transaction begun inside another at once, as part of it', async () => {
    const inner = unit('嵌套内层');
    await db.dataSource.transaction(async (manager) => {
      await manager.getRepository(UnitEntity).insert(unit('嵌套外层'));
      await db.dataSource.transaction((nested) => nested.getRepository(UnitEntity).insert(inner));
    });
    expect(await db.dataSource.getRepository(UnitEntity).existsBy({ id: inner.id })).toBe(true);
  });

  it('keeps a write sent while another transaction is open out of that transaction', async () => {
    const repo = db.dataSource.getRepository(UnitEntity);
    const [inTransaction, outside] = [unit('事务内'), unit('事务外')];
    let opened!: () => void;
    const open = new Promise<void>((resolve) => (opened = resolve));
    const failing = db.dataSource.transaction(async (manager) => {
      await manager.getRepository(UnitEntity).insert(inTransaction);
      opened();
      await new Promise((resolve) => setTimeout(resolve, 30));
      throw new Error('rolled back');
    });
    await open;
    await repo.insert(outside);
    await expect(failing).rejects.toThrow('rolled back');
    expect(await repo.existsBy({ id: outside.id })).toBe(true);
    expect(await repo.existsBy({ id: inTransaction.id })).toBe(false);
  });
});

import { ValidationFailedError } from '../../domain';
import { aChild, aRegistration, aSpouse } from '../../domain/testing/enrolment.builders';
import { RegisterWorkerHandler } from '../register-worker/register-worker.handler';
import { RemoveFamilyMemberHandler } from '../remove-family-member/remove-family-member.handler';
import {
  FixedClock,
  InMemorySponsorRepository,
  InMemoryWorkerRepository,
  ORIGIN,
  TestReferenceData,
  SIX_MONTHS_GRACE,
} from '../testing/in-memory.ports';
import { UpdateFamilyMemberHandler } from '../update-family-member/update-family-member.handler';
import { AddFamilyMemberHandler } from './add-family-member.handler';

describe('family members (possible heirs)', () => {
  it('adds, changes and removes members, each time publishing the whole family with what changed', async () => {
    const workers = new InMemoryWorkerRepository();
    const clock = new FixedClock();
    const reference = new TestReferenceData();
    const worker = await new RegisterWorkerHandler(
      new InMemorySponsorRepository(),
      workers,
      reference,
      clock,
      SIX_MONTHS_GRACE,
    ).execute({
      tenant: '76.04',
      input: aRegistration().build(),
      actor: 'o',
      origin: ORIGIN,
    });
    const add = new AddFamilyMemberHandler(workers, reference, clock);
    const spouse = await add.execute({ workerId: worker.id, member: aSpouse(), actor: 'o', origin: ORIGIN });
    const child = await add.execute({ workerId: worker.id, member: aChild(), actor: 'o', origin: ORIGIN });
    await new UpdateFamilyMemberHandler(workers, reference, clock).execute({
      workerId: worker.id,
      memberId: child,
      changes: { working: true },
      actor: 'o',
      origin: ORIGIN,
    });
    await new RemoveFamilyMemberHandler(workers, clock).execute({
      workerId: worker.id,
      memberId: spouse,
      actor: 'o',
      origin: ORIGIN,
    });

    const changes = workers.events
      .filter((event) => event.definition.type === 'FamilyChanged')
      .map((event) => event.payload);
    expect(changes).toEqual([
      expect.objectContaining({
        change: { kind: 'added', memberId: spouse },
        personalData: {
          kkNumber: '7604010101200001',
          members: [expect.objectContaining({ relationship: 'spouse' })],
        },
      }),
      expect.objectContaining({
        change: { kind: 'added', memberId: child },
        personalData: expect.objectContaining({
          members: [expect.anything(), expect.objectContaining({ relationship: 'child', working: false })],
        }),
      }),
      expect.objectContaining({
        change: { kind: 'updated', memberId: child },
        personalData: expect.objectContaining({
          members: [expect.anything(), expect.objectContaining({ working: true })],
        }),
      }),
      expect.objectContaining({
        change: { kind: 'removed', memberId: spouse },
        personalData: expect.objectContaining({
          members: [expect.objectContaining({ memberId: child })],
        }),
      }),
    ]);
  });

  it('refuses a child without marital and working status, naming the fields', async () => {
    const workers = new InMemoryWorkerRepository();
    const clock = new FixedClock();
    const reference = new TestReferenceData();
    const worker = await new RegisterWorkerHandler(
      new InMemorySponsorRepository(),
      workers,
      reference,
      clock,
      SIX_MONTHS_GRACE,
    ).execute({
      tenant: '76.04',
      input: aRegistration().build(),
      actor: 'o',
      origin: ORIGIN,
    });
    const error = await new AddFamilyMemberHandler(workers, reference, clock)
      .execute({
        workerId: worker.id,
        member: aChild({ married: undefined, working: undefined }),
        actor: 'o',
        origin: ORIGIN,
      })
      .catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect((error as ValidationFailedError).violations.map((v) => v.field)).toEqual(['married', 'working']);
  });
});

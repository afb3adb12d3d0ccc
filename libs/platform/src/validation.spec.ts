import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsString, ValidateNested } from 'class-validator';
import { InvalidRequestException } from './http-errors.filter';
import { requestValidationPipe } from './validation';

class FamilyMemberRequest {
  @IsString()
  fullName!: string;
}

class WorkerRequest {
  @IsString()
  addressLine!: string;

  @ValidateNested({ each: true })
  @Type(() => FamilyMemberRequest)
  family!: FamilyMemberRequest[];
}

async function violationsOf(work: Promise<unknown>): Promise<unknown> {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InvalidRequestException);
  return (error as InvalidRequestException).violations;
}

describe('request validation', () => {
  const pipe = requestValidationPipe();
  const body = { type: 'body' as const, metatype: WorkerRequest };

  it('refuses text with a control character, naming every field (PostgreSQL cannot store U+0000)', async () => {
    const request = {
      addressLine: 'Dusun\u0000Baru',
      family: [{ fullName: 'Hasnah' }, { fullName: 'Nur\u001bAisyah' }],
    };
    expect(await violationsOf(pipe.transform(request, body))).toEqual([
      { field: 'addressLine', code: 'noControlCharacters', message: 'must not contain control characters' },
      { field: 'family.1.fullName', code: 'noControlCharacters', message: 'must not contain control characters' },
    ]);
    expect(await violationsOf(pipe.transform('abc\u007f', { type: 'query', data: 'name', metatype: String }))).toEqual([
      { field: 'name', code: 'noControlCharacters', message: 'must not contain control characters' },
    ]);
  });

  it('accepts line breaks and tabs in free text, and still applies the class rules', async () => {
    const accepted = await pipe.transform({ addressLine: 'Jl. Poros\r\nDusun\tBaru', family: [] }, body);
    expect(accepted).toBeInstanceOf(WorkerRequest);
    expect(await violationsOf(pipe.transform({ addressLine: 42, family: [] }, body))).toEqual([
      { field: 'addressLine', code: 'isString', message: 'addressLine must be a string' },
    ]);
  });

  it('refuses null anywhere in a body, naming the field: optional fields are left out', async () => {
    expect(await violationsOf(pipe.transform({ addressLine: null, family: [null] }, body))).toEqual([
      { field: 'addressLine', code: 'notNull', message: 'must be left out rather than null' },
      { field: 'family.0', code: 'notNull', message: 'must be left out rather than null' },
    ]);
  });
});

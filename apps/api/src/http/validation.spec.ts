import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { RegisterCooperativeDto } from '../cooperatives/dto/register-cooperative.dto';
import { fieldProblems } from './validation';

function problemsOf(body: Record<string, unknown>) {
  const dto = plainToInstance(RegisterCooperativeDto, body);
  return fieldProblems(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }));
}

const valid = {
  registrationCode: '2400123456',
  name: 'Hợp tác xã Nông nghiệp Ngọc Thiện',
  kind: 'cooperative',
  sector: 'agriculture',
  territoryCode: '216',
  regime: 'law-2012',
  registeredOn: '2015-03-20',
  memberCount: 42,
};

describe('fieldProblems', () => {
  it('finds nothing wrong with a valid body', () => {
    expect(problemsOf(valid)).toEqual([]);
  });

  it('explains each bad field in Vietnamese and English, with the allowed values', () => {
    const problems = problemsOf({ ...valid, sector: 'farming', memberCount: '42' });
    expect(problems).toEqual([
      {
        field: 'sector',
        reason: {
          vi: expect.stringContaining('Phải là một trong: agriculture, industry-handicraft') as unknown,
          en: expect.stringContaining('Must be one of: agriculture') as unknown,
        },
      },
      { field: 'memberCount', reason: { vi: 'Phải là số nguyên.', en: 'Must be a whole number.' } },
    ]);
  });

  it('names missing fields and refuses unknown ones (no mass assignment)', () => {
    const { name: _name, ...withoutName } = valid;
    const problems = problemsOf({ ...withoutName, status: 'dissolved' });
    expect(problems.map((problem) => problem.field).sort()).toEqual(['name', 'status']);
    expect(problems.find((problem) => problem.field === 'name')).toMatchObject({ reason: { en: 'Is required.' } });
    expect(problems.find((problem) => problem.field === 'status')).toMatchObject({
      reason: { en: 'This field is not accepted.' },
      fix: { vi: 'Bỏ trường này khỏi yêu cầu.' },
    });
  });
});

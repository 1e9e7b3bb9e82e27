import type { RegistrationDetails } from './cooperative.commands';
import { checkRegistration } from './registration.rules';

const valid: RegistrationDetails = {
  registrationCode: '2400123456',
  name: 'Hợp tác xã Nông nghiệp Ngọc Thiện',
  kind: 'cooperative',
  sector: 'agriculture',
  territoryCode: '221',
  regime: 'law-2012',
  registeredOn: '2015-03-20',
  memberCount: 42,
};
const fields = (details: RegistrationDetails, today = '2026-11-22') =>
  checkRegistration(details, today).map((problem) => problem.field);

describe('checkRegistration', () => {
  it('accepts a well-formed registration', () => {
    expect(fields(valid)).toEqual([]);
  });

  it.each(['2400123456', '1807A00123', '27.07.G.000123', '0107/HTX-01'])('accepts the certificate code %s', (code) => {
    expect(fields({ ...valid, registrationCode: code })).toEqual([]);
  });

  it.each(['', 'AB1', '-2400123456', '24 00', 'hợp-tác', 'A'.repeat(33)])('rejects the code "%s"', (code) => {
    expect(fields({ ...valid, registrationCode: code })).toEqual(['registrationCode']);
  });

  it('accepts a registration made today and refuses one made tomorrow', () => {
    const recent = { ...valid, regime: 'law-2023' as const };
    expect(fields({ ...recent, registeredOn: '2026-11-22' }, '2026-11-22')).toEqual([]);
    expect(fields({ ...recent, registeredOn: '2026-11-23' }, '2026-11-22')).toEqual(['registeredOn']);
  });

  it('refuses dates that do not exist', () => {
    expect(fields({ ...valid, registeredOn: '2023-02-29' })).toEqual(['registeredOn']);
    expect(fields({ ...valid, registeredOn: '20-03-2015' })).toEqual(['registeredOn']);
  });

  it('allows a later law than the one in force at registration, never an earlier one', () => {
    expect(fields({ ...valid, registeredOn: '2010-05-01', regime: 'law-2003' })).toEqual([]);
    expect(fields({ ...valid, registeredOn: '2010-05-01', regime: 'law-2023' })).toEqual([]);
    expect(fields({ ...valid, registeredOn: '2024-06-30', regime: 'law-2012' })).toEqual([]);
    expect(fields({ ...valid, registeredOn: '2024-07-01', regime: 'law-2012' })).toEqual(['regime']);
    expect(fields({ ...valid, registeredOn: '2013-07-01', regime: 'law-2003' })).toEqual(['regime']);
  });

  it('bounds the member count', () => {
    expect(fields({ ...valid, memberCount: 1 })).toEqual([]);
    expect(fields({ ...valid, memberCount: 0 })).toEqual(['memberCount']);
    expect(fields({ ...valid, memberCount: 2.5 })).toEqual(['memberCount']);
  });

  it('says what is wrong and how to fix it in Vietnamese first, English second', () => {
    const [problem] = checkRegistration({ ...valid, territoryCode: 'Tân Yên' }, '2026-11-22');
    expect(problem.reason.vi).toMatch(/Mã đơn vị hành chính/);
    expect(problem.reason.en).toMatch(/territory code/);
    expect(problem.fix?.vi).toBeDefined();
  });
});

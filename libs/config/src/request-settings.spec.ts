import { ConfigError, loadConfig } from './index';

describe('information request settings', () => {
  it('count from the day after receipt and remind 3 and 1 working days ahead by default', () => {
    expect(loadConfig({}, '/srv').requests).toEqual({ countFrom: 'next_day', reminderLeads: [3, 1] });
  });

  it('read the locality’s reading of art. 31 and its own reminder days', () => {
    const config = loadConfig({ REQUEST_COUNT_FROM: 'same_day', REQUEST_REMIND_BEFORE: '5, 2,1' }, '/srv');
    expect(config.requests).toEqual({ countFrom: 'same_day', reminderLeads: [5, 2, 1] });
  });

  it('name what is wrong with a bad value', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ REQUEST_COUNT_FROM: 'tomorrow', REQUEST_REMIND_BEFORE: '3,30' }, '/srv');
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error!.issues.map((i) => i.variable).sort()).toEqual(['REQUEST_COUNT_FROM', 'REQUEST_REMIND_BEFORE']);
    expect(error!.message).toContain('REQUEST_COUNT_FROM: must be one of next_day, same_day, got "tomorrow"');
    expect(error!.message).toContain('from 1 to 20, got 30');
    expect(() => loadConfig({ REQUEST_REMIND_BEFORE: 'three' }, '/srv')).toThrow('REQUEST_REMIND_BEFORE');
  });
});

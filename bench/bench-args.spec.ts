import { parseBenchArgs } from './bench-args';

const KNOWN = ['api-read', 'signoff', 'supervision'];

describe('parseBenchArgs', () => {
  it('runs every part when none is named, with no JSON file', () => {
    expect(parseBenchArgs([], KNOWN)).toEqual({ parts: KNOWN, jsonFile: null });
  });

  it('runs the named parts once each, in the runner order', () => {
    expect(parseBenchArgs(['supervision', 'api-read', 'supervision'], KNOWN).parts).toEqual(['api-read', 'supervision']);
  });

  it('takes the JSON file in either spelling', () => {
    expect(parseBenchArgs(['signoff', '--json', 'out.json'], KNOWN)).toEqual({ parts: ['signoff'], jsonFile: 'out.json' });
    expect(parseBenchArgs(['--json=r.json'], KNOWN).jsonFile).toBe('r.json');
  });

  it('refuses an unknown part, naming the known ones', () => {
    expect(() => parseBenchArgs(['sigoff'], KNOWN)).toThrow('unknown benchmark part "sigoff"; known parts: api-read, signoff, supervision');
  });

  it('refuses --json without a file and unknown options', () => {
    expect(() => parseBenchArgs(['--json'], KNOWN)).toThrow('--json needs a file name');
    expect(() => parseBenchArgs(['--json', '--other'], KNOWN)).toThrow('--json needs a file name');
    expect(() => parseBenchArgs(['--json='], KNOWN)).toThrow('--json needs a file name');
    expect(() => parseBenchArgs(['--fast'], KNOWN)).toThrow('unknown option --fast');
  });
});

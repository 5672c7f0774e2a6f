/** What `npm run bench -- [part …] [--json FILE]` asked for. */
export interface BenchRequest {
  parts: string[];
  jsonFile: string | null;
}

/**
 * The parts named (every part when none is), in the runner's order, and where the JSON goes.
 * A part or option not known is refused with the list of known ones, so a typo never turns into
 * a silent run of everything.
 */
export function parseBenchArgs(argv: readonly string[], known: readonly string[]): BenchRequest {
  const named: string[] = [];
  let jsonFile: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') {
      const file = argv[++i];
      if (!file || file.startsWith('--')) throw new Error('--json needs a file name: npm run bench -- --json results.json');
      jsonFile = file;
    } else if (arg.startsWith('--json=')) {
      jsonFile = arg.slice('--json='.length);
      if (!jsonFile) throw new Error('--json needs a file name: npm run bench -- --json results.json');
    } else if (arg.startsWith('-')) {
      throw new Error(`unknown option ${arg}; known: --json FILE`);
    } else if (!known.includes(arg)) {
      throw new Error(`unknown benchmark part "${arg}"; known parts: ${known.join(', ')}`);
    } else if (!named.includes(arg)) {
      named.push(arg);
    }
  }
  return { parts: named.length ? known.filter((p) => named.includes(p)) : [...known], jsonFile };
}

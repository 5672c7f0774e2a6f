import { SupervisionConfigError } from './errors';

/** Collects every problem of a configuration section before refusing it, so one fix round is enough. */
export class ConfigChecks {
  private readonly problems: string[] = [];

  constructor(private readonly section: string) {}

  integer(name: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): void {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`;
      this.problems.push(`${name} must be an integer ${range}, got ${describe(value)}`);
    }
  }

  number(name: string, value: unknown, min: number, { exclusive = false } = {}): void {
    const ok = typeof value === 'number' && Number.isFinite(value) && (exclusive ? value > min : value >= min);
    if (!ok) this.problems.push(`${name} must be a finite number ${exclusive ? '>' : '>='} ${min}, got ${describe(value)}`);
  }

  boolean(name: string, value: unknown): void {
    if (typeof value !== 'boolean') this.problems.push(`${name} must be true or false, got ${describe(value)}`);
  }

  text(name: string, value: unknown): void {
    if (typeof value !== 'string' || value.trim() === '') this.problems.push(`${name} must be a non-empty string`);
  }

  fail(problem: string): void {
    this.problems.push(problem);
  }

  done(): void {
    if (this.problems.length > 0) throw new SupervisionConfigError(this.section, this.problems);
  }
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Defaults overlaid with the keys of `partial` that are set: an undefined setting keeps its default. */
export function overlay<T extends object>(defaults: Readonly<T>, partial: Partial<T> | undefined): T {
  const result = { ...defaults } as T;
  for (const [key, value] of Object.entries(partial ?? {})) {
    if (value !== undefined) (result as Record<string, unknown>)[key] = value;
  }
  return result;
}

/**
 * A small schema checker for settings documents: each check returns the value it accepts (or
 * undefined) and adds every problem it finds at its path, so one pass reports them all. Unknown
 * fields are reported, never silently dropped.
 */
import type { SettingsProblem, SettingsProblemCode } from './settings-problem';

export type Problems = SettingsProblem[];
export type Check<T> = (value: unknown, path: string, problems: Problems) => T | undefined;

const report = (problems: Problems, path: string, code: SettingsProblemCode, expected?: string) =>
  problems.push(expected === undefined ? { path, code } : { path, code, expected });

export function text(options: { max: number; valid?: (value: string) => boolean; invalid?: SettingsProblemCode }): Check<string> {
  return (value, path, problems) => {
    if (typeof value !== 'string') return void report(problems, path, 'wrong-type', 'text');
    const trimmed = value.trim();
    if (trimmed.length > options.max) return void report(problems, path, 'too-long', String(options.max));
    if (trimmed && options.valid && !options.valid(trimmed)) return void report(problems, path, options.invalid ?? 'not-one-of');
    return trimmed || undefined;
  };
}

/** Template texts keep their spaces and line breaks; only their length is bounded. */
export function longText(max: number): Check<string> {
  return (value, path, problems) => {
    if (typeof value !== 'string') return void report(problems, path, 'wrong-type', 'text');
    if (value.length > max) return void report(problems, path, 'too-long', String(max));
    return value;
  };
}

export function integer(min: number, max: number): Check<number> {
  return (value, path, problems) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) return void report(problems, path, 'wrong-type', 'integer');
    if (value < min || value > max) return void report(problems, path, 'out-of-range', `${min} … ${max}`);
    return value;
  };
}

export function decimal(min: number, max: number): Check<number> {
  return (value, path, problems) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return void report(problems, path, 'wrong-type', 'number');
    if (value < min || value > max) return void report(problems, path, 'out-of-range', `${min} … ${max}`);
    return value;
  };
}

export const boolean: Check<boolean> = (value, path, problems) => {
  if (typeof value !== 'boolean') return void report(problems, path, 'wrong-type', 'boolean');
  return value;
};

export function oneOf<T extends string | number>(values: readonly T[]): Check<T> {
  return (value, path, problems) => {
    if (!(values as readonly unknown[]).includes(value)) return void report(problems, path, 'not-one-of', values.map((v) => JSON.stringify(v)).join(', '));
    return value as T;
  };
}

export function list<T>(item: Check<T>, max: number): Check<T[]> {
  return (value, path, problems) => {
    if (!Array.isArray(value)) return void report(problems, path, 'wrong-type', 'list');
    if (value.length > max) return void report(problems, path, 'too-many', String(max));
    const items: T[] = [];
    value.forEach((entry, index) => {
      const checked = item(entry, `${path}[${index}]`, problems);
      if (checked !== undefined) items.push(checked);
    });
    return items;
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A map whose keys are names the admin chooses (segments, template files). */
export function record<T>(key: (name: string) => boolean, item: Check<T>, max: number, keyPath: (path: string, name: string) => string): Check<Record<string, T>> {
  return (value, path, problems) => {
    if (!isRecord(value)) return void report(problems, path, 'wrong-type', 'object');
    const names = Object.keys(value);
    if (names.length > max) return void report(problems, path, 'too-many', String(max));
    const out: Record<string, T> = {};
    for (const name of names) {
      const at = keyPath(path, name);
      if (!key(name)) {
        report(problems, at, 'not-one-of');
        continue;
      }
      const checked = item(value[name], at, problems);
      if (checked !== undefined) out[name] = checked;
    }
    return out;
  };
}

export type Field<T> = { check: Check<T>; required?: boolean };
type Shape = Record<string, Field<unknown>>;
type Out<S extends Shape> = { [K in keyof S]?: S[K] extends Field<infer T> ? T : never };

export function object<S extends Shape>(shape: S): Check<Out<S>> {
  return (value, path, problems) => {
    if (!isRecord(value)) return void report(problems, path, 'wrong-type', 'object');
    const out: Record<string, unknown> = {};
    const at = (name: string) => (path ? `${path}.${name}` : name);
    for (const [name, field] of Object.entries(shape)) {
      const raw = value[name];
      if (raw === undefined || raw === null || raw === '') {
        if (field.required) report(problems, at(name), 'required');
        continue;
      }
      const checked = field.check(raw, at(name), problems);
      if (checked !== undefined) out[name] = checked;
    }
    for (const name of Object.keys(value)) if (!(name in shape)) report(problems, at(name), 'unknown-field');
    return out as Out<S>;
  };
}

export const optional = <T>(check: Check<T>): Field<T> => ({ check });
export const required = <T>(check: Check<T>): Field<T> => ({ check, required: true });

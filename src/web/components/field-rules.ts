// What a contract says one field must be (text, a number, a list, a choice) and its bounds, read from the shared
// Zod schema the server checks with. The server's field problems carry only a code and its own words; with the rule
// the form can say "between 30 and 100" or "this is required" instead of "too small (at least 1)".
import type { z } from 'zod';

export type FieldKind = 'text' | 'number' | 'list' | 'choice' | 'yesNo' | 'other';

export interface FieldRule {
  kind: FieldKind;
  minimum?: number;
  maximum?: number;
}

interface Check {
  check?: string;
  inclusive?: boolean;
  value?: unknown;
  minimum?: unknown;
  maximum?: unknown;
}

/** The parts of a schema's definition this reads (Zod 4 keeps them on `_zod.def`). */
interface Definition {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  checks?: readonly { _zod: { def: Check } }[];
}

const definitionOf = (schema: z.ZodType): Definition => schema._zod.def as unknown as Definition;

/** Through the wrappers that do not change what is typed: optional, nullable, default, a transform's input. */
function unwrapped(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 20; depth += 1) {
    const def = definitionOf(current);
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

const numberOrUndefined = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

const kinds: Record<string, FieldKind> = {
  string: 'text',
  number: 'number',
  int: 'number',
  array: 'list',
  enum: 'choice',
  literal: 'choice',
  boolean: 'yesNo',
};

/** The rule of the field at `path` (`needs.0.quantity`), or null when the contract has no such field. */
export function fieldRuleAt(contract: z.ZodType, path: string): FieldRule | null {
  let schema: z.ZodType | undefined = unwrapped(contract);
  for (const segment of path.split('.').filter((s) => s !== '')) {
    const def = definitionOf(schema);
    if (def.type === 'object' && def.shape) schema = def.shape[segment];
    else if (def.type === 'array' && def.element && /^\d+$/.test(segment)) schema = def.element;
    else return null;
    if (schema === undefined) return null;
    schema = unwrapped(schema);
  }
  const def = definitionOf(schema);
  const rule: FieldRule = { kind: kinds[def.type] ?? 'other' };
  for (const { _zod } of def.checks ?? []) {
    const check = _zod.def;
    // A strict bound (`positive()`) is not a number a person can be told to give.
    if (check.inclusive === false) continue;
    if (check.check === 'min_length' || check.check === 'greater_than') {
      rule.minimum = numberOrUndefined(check.minimum ?? check.value);
    } else if (check.check === 'max_length' || check.check === 'less_than') {
      rule.maximum = numberOrUndefined(check.maximum ?? check.value);
    }
  }
  return rule;
}

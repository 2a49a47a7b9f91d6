// Nothing the page sends may be unbounded: every string in every request schema has a maximum length,
// every array a maximum size, so a stale or hostile screen cannot make main parse megabytes.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { invokeChannels } from '../../../../common/ipc/contract';

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Paths of unbounded strings and arrays inside a schema. */
function unbounded(schema: z.ZodType, path: string, seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const walk = (s: unknown, p: string) => unbounded(s as z.ZodType, p, seen);
  switch (def.type) {
    case 'string':
      return (schema as unknown as { maxLength: number | null }).maxLength === null ? [path] : [];
    case 'array': {
      const max = (def.checks as { _zod: { def: { check: string } } }[] | undefined)?.some((c) => c._zod.def.check === 'max_length');
      return [...(max ? [] : [`${path}[]`]), ...walk(def.element, `${path}[]`)];
    }
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([k, v]) => walk(v, `${path}.${k}`));
    case 'union':
      return (def.options as unknown[]).flatMap((o, i) => walk(o, `${path}|${i}`));
    case 'record':
      return [...walk(def.keyType, `${path}{key}`), ...walk(def.valueType, `${path}{}`)];
    case 'optional': case 'nullable': case 'default': case 'prefault': case 'readonly': case 'catch': case 'nonoptional':
      return walk(def.innerType, path);
    case 'pipe':
      return walk(def.in, path);
    case 'lazy':
      return walk((def.getter as () => unknown)(), path);
    case 'tuple':
      return (def.items as unknown[]).flatMap((o, i) => walk(o, `${path}[${i}]`));
    case 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)];
    default:
      return [];
  }
}

describe('request bounds', () => {
  it('finds unbounded strings and arrays however deep they sit', () => {
    const schema = z.object({ a: z.string(), b: z.array(z.string().max(3)).optional(), c: z.union([z.number(), z.object({ d: z.string().max(1) }).nullable()]) });
    expect(unbounded(schema, 'req')).toEqual(['req.a', 'req.b[]']);
    expect(unbounded(z.object({ e: z.record(z.string(), z.string().max(2)) }), 'req')).toEqual(['req.e{key}']);
  });

  it.each(Object.keys(invokeChannels))('%s: every string and array in the request is bounded', (channel) => {
    const { req } = invokeChannels[channel as keyof typeof invokeChannels];
    expect(unbounded(req as z.ZodType, 'req')).toEqual([]);
  });
});

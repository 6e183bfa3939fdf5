import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { z as zm } from 'zod/mini';
import { lazySchema } from '@/lib/schemas/lazy-schema';
import { defineRequest } from '@/lib/messaging/define-request';
import { requestSchemas } from '@/lib/messaging/request-schemas';
import { AnalysisSchema, ImportanceSchema } from '@/lib/schemas/analysis';
import { SavedJobSchema } from '@/lib/schemas/saved-job';

describe('lazySchema', () => {
  it('builds nothing until the schema is first read, then builds once', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds += 1;
      return z.object({ name: z.string().min(1) });
    });
    expect(builds).toBe(0);
    expect(schema.parse({ name: 'Go' })).toEqual({ name: 'Go' });
    expect(schema.safeParse({ name: '' }).success).toBe(false);
    expect(schema.shape.name).toBeInstanceOf(z.ZodString);
    expect(builds).toBe(1);
  });

  it('rejects what the schema it stands for rejects, with the same issues', () => {
    const make = () => z.object({ years: z.number().int().min(0), tags: z.array(z.string()) });
    const bad = { years: -1, tags: ['a', 2] };
    const lazy = lazySchema(make).safeParse(bad);
    const eager = make().safeParse(bad);
    expect(lazy.success).toBe(false);
    expect(lazy.error?.issues).toEqual(eager.error?.issues);
  });

  it('stands for the schema in instanceof, in methods that derive schemas and inside other schemas', () => {
    const skill = lazySchema(() => z.object({ id: z.string(), level: z.enum(['basic', 'expert']) }));
    expect(skill).toBeInstanceOf(z.ZodObject);
    expect(skill.pick({ id: true }).parse({ id: 'go', level: 'nope' })).toEqual({ id: 'go' });
    const list = z.object({ skills: z.array(skill) });
    expect(list.parse({ skills: [{ id: 'go', level: 'expert' }] }).skills).toHaveLength(1);
    expect(list.safeParse({ skills: [{ id: 'go', level: 'nope' }] }).success).toBe(false);
    const mini = lazySchema(() => zm.object({ at: zm.number() }));
    expect(zm.extend(mini, { by: zm.string() }).parse({ at: 1, by: 'me' })).toEqual({ at: 1, by: 'me' });
    expect(Object.keys(skill.shape)).toEqual(['id', 'level']);
    expect('parse' in skill).toBe(true);
  });

  it('reads the project’s lazy schemas like eager ones', () => {
    expect(ImportanceSchema.options).toEqual(['required', 'preferred', 'mentioned']);
    expect(AnalysisSchema.safeParse({}).success).toBe(false);
    expect(SavedJobSchema.safeParse({ id: 'x' }).success).toBe(false);
  });
});

describe('defineRequest', () => {
  it('builds a request’s schemas on first use, each once', () => {
    const built: string[] = [];
    const request = defineRequest(
      () => (built.push('payload'), zm.object({ url: zm.string() })),
      () => (built.push('reply'), zm.object({ ok: zm.boolean() })),
    );
    expect(built).toEqual([]);
    expect(request.payload.safeParse({ url: 'https://example.com' }).success).toBe(true);
    expect(built).toEqual(['payload']);
    expect(request.reply.safeParse({ ok: 'yes' }).success).toBe(false);
    expect(request.payload).toBe(request.payload);
    expect(built).toEqual(['payload', 'reply']);
  });

  it('gives every request of the protocol a payload and a reply schema', () => {
    for (const [type, def] of Object.entries(requestSchemas)) {
      expect(typeof def.payload.parse, type).toBe('function');
      expect(typeof def.reply.parse, type).toBe('function');
    }
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFullSkillIndex } from '../../../lib/skills/build-full-skill-index';
import type { TrieNode } from '../../../lib/skills/build-skill-index';
import { findMentions } from '../../../lib/skills/find-mentions';
import { getSkillIndex } from '../../../lib/skills/get-skill-index';
import {
  packSkillIndex,
  unpackSkillIndex,
  type PackedSkillIndex,
} from '../../../lib/skills/pack-skill-index';

// The index the background ships (lib/skills/data/skill-index.json, packed at build time so a cold worker does
// not build the trie) must be exactly what the builder makes from the taxonomy today.
const file = path.resolve(import.meta.dirname, '../../../lib/skills/data/skill-index.json');
const committedText = readFileSync(file, 'utf8');
const built = buildFullSkillIndex();

type PlainNode = [number, string[] | null, PlainNode[] | null];
/** The trie as nested arrays (children read through their getter where they are unpacked on use). */
const plainTrie = (level: Map<number, TrieNode>): PlainNode[] =>
  [...level].map(([hash, node]) => [
    hash,
    node.forms?.map(
      (f) =>
        `${f.skill} ${f.written} ${f.tokens.join('|')} ${f.ambiguous} ${f.acronym} ${f.capitalised} ${f.isName}`,
    ) ?? null,
    node.children ? plainTrie(node.children) : null,
  ]);

describe('shipped skill-index.json', () => {
  it('is exactly what npm run build:skill-index makes from taxonomy.json', () => {
    expect(`${JSON.stringify(packSkillIndex(built))}\n` === committedText).toBe(true);
  });

  it('unpacks to the same trie, forms, skills and root table as the builder', () => {
    const unpacked = unpackSkillIndex(JSON.parse(committedText) as PackedSkillIndex);
    expect(unpacked.skills).toEqual(built.skills);
    expect(unpacked.byId).toEqual(built.byId);
    expect(unpacked.writtenForms).toEqual(built.writtenForms);
    expect(unpacked.forms).toBe(built.forms);
    expect([...unpacked.rootKeys]).toEqual([...built.rootKeys]);
    expect([...unpacked.rootSlots]).toEqual([...built.rootSlots]);
    expect(plainTrie(unpacked.root)).toEqual(plainTrie(built.root));
    // Forms shared by two trie paths ("REST APIs" and "REST API") stay one object, as the builder makes them.
    expect(new Set(unpacked.formList).size).toBe(unpacked.formList.length);
  });

  it('finds the same mentions as the freshly built index', () => {
    const text =
      'Senior Backend Engineer: 5+ years of PHP and Symfony, REST APIs, MySQL or PostgreSQL, Docker, Kubernetes, ' +
      'AWS (EC2, S3), Go is a plus, Apache Kafka, CI/CD with GitHub Actions. Fluent English; German nice to have.';
    const mentions = findMentions(text, getSkillIndex()).map((m) => [m.skillId, m.start, m.end]);
    expect(mentions.length).toBeGreaterThan(10);
    expect(mentions).toEqual(findMentions(text, built).map((m) => [m.skillId, m.start, m.end]));
  });
});

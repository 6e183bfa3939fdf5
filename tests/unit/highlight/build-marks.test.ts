// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMarks, markVerdictsOf } from '@/lib/highlight/build-marks';
import { createHighlighter } from '@/lib/highlight/paint';
import { buildTextMap } from '@/lib/highlight/text-map';
import { scoreMatch } from '@/lib/match/score-match';
import { createSkillRelations, noRelations } from '@/lib/match/skill-relations';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { loadTaxonomy } from '@/lib/skills/load-taxonomy';
import { prepareText } from '@/lib/text/prepare-text';
import { analysisOf, profileSkill, requirement } from '../match/build-fixtures';
import { sharedDir } from '../match/seed-analyses';

describe('markVerdictsOf', () => {
  it('marks a missing soft skill, and a missing member of a met group, as merely mentioned', () => {
    const analysis = analysisOf(
      [
        requirement('communication', 'Communication', 'required', { category: 'soft-skill' }),
        requirement('python', 'Python', 'required', { group: 'g' }),
        requirement('go', 'Go', 'required', { group: 'g' }),
        requirement('kafka', 'Kafka', 'required'),
        requirement('terraform', 'Terraform', 'preferred'),
      ],
      [{ id: 'g', mode: 'any', requirementIds: ['python', 'go'] }],
    );
    const marks = markVerdictsOf(
      analysis,
      scoreMatch(analysis, [profileSkill('python', 'Python')], noRelations),
    );
    expect(Object.fromEntries(marks)).toEqual({
      communication: 'mentioned',
      python: 'have',
      go: 'mentioned',
      kafka: 'missing-required',
      terraform: 'missing-preferred',
    });
  });

  it('gives no marks to a posting that was not scored', () => {
    const analysis = analysisOf([requirement('php', 'PHP')], [], { isJobPosting: false });
    expect(markVerdictsOf(analysis, scoreMatch(analysis, [], noRelations)).size).toBe(0);
  });
});

// The seed posting as a page: its lines as paragraphs, a few skills in <strong> so mentions cross text nodes'
// edges the way board markup does. Analysed from the real text map with the real engine.
function seedPage(): HTMLElement {
  const text = prepareText(
    readFileSync(path.join(sharedDir, 'fixtures/seeds/snapfix-senior-backend-engineer.txt'), 'utf8'),
  );
  const article = document.createElement('article');
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const p = document.createElement('p');
    const parts = line.split(/(Kafka|Docker|Terraform)/);
    for (const [i, part] of parts.entries()) {
      if (i % 2 === 1) p.append(Object.assign(document.createElement('strong'), { textContent: part }));
      else if (part) p.append(part);
    }
    article.append(p);
  }
  document.body.replaceChildren(article);
  return article;
}

const profile = [
  profileSkill('php', 'PHP', { years: 6 }),
  profileSkill('mysql', 'MySQL'),
  profileSkill('docker', 'Docker'),
  profileSkill('python', 'Python'),
];

describe('buildMarks on a seed page with the real text map and engine', () => {
  afterEach(() => document.body.replaceChildren());

  function prepare() {
    const article = seedPage();
    const map = buildTextMap(article);
    const analysis = analyzeText(map.text, { source: 'generic', confidence: 1 });
    const match = scoreMatch(analysis, profile, createSkillRelations(loadTaxonomy().skills));
    const marks = buildMarks(document, analysis, match, (s, e) => map.rangeFor(s, e));
    return { article, analysis, match, marks };
  }

  it('puts every mark on exactly the words of its mention', () => {
    const { analysis, marks } = prepare();
    const mentions = new Set(analysis.requirements.flatMap((r) => r.mentions.map((m) => m.text)));
    const total = marks.reduce((n, m) => n + m.ranges.length, 0);
    expect(total).toBeGreaterThan(20);
    for (const mark of marks) {
      for (const range of mark.ranges) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        expect(mentions).toContain(live.toString());
      }
    }
  });

  it('paints the seed page with the fallback and clears it back to the same DOM', () => {
    const { article, marks } = prepare();
    const before = article.innerHTML;
    const highlighter = createHighlighter(document);
    highlighter.paint(marks);
    const painted = (verdict: string) =>
      [...article.querySelectorAll(`mark.gapmark-${verdict}`)].map((m) => m.textContent);
    expect(painted('have')).toEqual(expect.arrayContaining(['PHP', 'MySQL', 'Docker', 'Python']));
    expect(painted('missing-required')).toEqual(expect.arrayContaining(['Kafka', 'Datadog']));
    expect(painted('missing-preferred')).toEqual(expect.arrayContaining(['Terraform', 'Kubernetes']));
    highlighter.destroy();
    expect(article.innerHTML).toBe(before);
  });
});

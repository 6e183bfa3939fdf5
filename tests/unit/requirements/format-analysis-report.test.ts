import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { formatAnalysisReport } from '@/lib/requirements/format-analysis-report';
import { prepareText } from '@/lib/text/prepare-text';
import { sharedFile } from './shared-path';

describe('formatAnalysisReport', () => {
  const file = sharedFile('fixtures/seeds/snapfix-senior-backend-engineer.txt');
  const report = formatAnalysisReport(analyzeText(prepareText(readFileSync(file, 'utf8'))), file);

  it.each([
    ['the title and company', 'Senior Backend Engineer at Snapfix'],
    ['the overall years', 'Experience: 5+ years overall'],
    ['the seniority', 'Seniority:  senior'],
    ['the any-of group on one line', '• One of: Python | Go | Node.js'],
    [
      'the evidence line of a requirement',
      '“Solid with relational databases (MySQL), caching (Redis), and queues/streams (e.g. SQS, Kafka).”',
    ],
    ['a nice-to-have heading', 'Nice to have ('],
  ])('shows %s', (_what, line) => {
    expect(report).toContain(line);
  });

  it('says so for a page that is not a posting', () => {
    const analysis = analyzeText('', { isJobPosting: false, source: 'generic', confidence: 0 });
    expect(formatAnalysisReport(analysis, 'x.html')).toContain('Not a job posting');
  });
});

import { describe, expect, it } from 'vitest';
import { prepareText } from '@/lib/text/prepare-text';
import { splitLines, splitSentences } from '@/lib/text/split-lines';

describe('prepareText', () => {
  it.each([
    ['<p>About us</p><ul><li>Python</li><li>Go &amp; Rust</li></ul>', 'About us\n• Python\n• Go & Rust'],
    [
      '<h2>Requirements</h2><div>5+ years<br>AWS&nbsp;preferred</div>',
      'Requirements\n5+ years\nAWS preferred',
    ],
    ['Line one\\nLine two\\n\\nLine three', 'Line one\nLine two\n\nLine three'],
    ['* first\n- second\n· third\n1) one\n2. two', '• first\n• second\n• third\n1. one\n2. two'],
    ['**Nice to have**\n## Benefits', 'Nice to have\nBenefits'],
    ['<script>var x = "<p>no</p>";</script><p>yes</p><!-- hidden -->', 'yes'],
    ['caf&eacute; &#8211; &#x2014; &unknown; &amp;lt;', 'café – — &unknown; &lt;'],
    ['a < b and c > d', 'a < b and c > d'],
    ['Windows\r\nline\rends', 'Windows\nline\nends'],
    ['', ''],
  ])('turns %j into %j', (raw, expected) => {
    expect(prepareText(raw)).toBe(expected);
  });

  it('keeps deeply nested markup linear and readable', () => {
    const nested = `${'<div><span>'.repeat(20_000)}Kafka${'</span></div>'.repeat(20_000)}`;
    expect(prepareText(nested)).toBe('Kafka');
  });
});

describe('splitLines and splitSentences', () => {
  it('splits on \\n, \\r\\n and literal backslash-n, with offsets into the text', () => {
    const text = 'a\r\nbb\\ncc\nd';
    expect(splitLines(text).map((l) => text.slice(l.start, l.end))).toEqual(['a', 'bb', 'cc', 'd']);
  });

  it('does not end a sentence at e.g. or Node.js', () => {
    const text = 'Use queues (e.g. SQS) and Node.js. Then ship! Done';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Use queues (e.g. SQS) and Node.js.',
      'Then ship!',
      'Done',
    ]);
  });
});

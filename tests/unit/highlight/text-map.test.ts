// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTextMap, createDomRange, type TextRange } from '@/lib/highlight/text-map';
import { readPage } from '@/lib/sites';
import { listSiteFixtures, readFixtureHtml } from '../../fixtures/sites';
import { loadDocument } from '../sites/load-document';

function rootOf(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

// The text a DOM range covers, read straight from the nodes (what a highlight would paint).
function domText(range: TextRange): string {
  return createDomRange(document, range).toString();
}

// Whitespace collapsed the way the map collapses it, to compare a DOM range with a text slice.
const squash = (s: string): string => s.replace(/[ \t\n\r\f]+/g, ' ').trim();

describe('buildTextMap text', () => {
  it.each([
    ['inline whitespace collapses', '<p>  Hello \n\t  <b>big</b>   world  </p>', 'Hello big world'],
    ['blocks become lines', '<h2>About</h2><p>One</p><div>Two</div>', 'About\nOne\nTwo'],
    ['list items, no bullets added', '<ul><li>Go</li><li> Rust </li></ul>', 'Go\nRust'],
    ['br is a line break', 'a<br>b<br><br><br><br>c', 'a\nb\n\nc'],
    [
      'table cells tab-separated',
      '<table><tr><td>A</td><td>B</td></tr><tr><td>C</td></tr></table>',
      'A\tB\nC',
    ],
    [
      'hidden subtrees skipped',
      '<p>keep<span hidden>x</span><span aria-hidden="true">y</span><span style="display: none">z</span><script>q()</script><style>.a{}</style><noscript>n</noscript><template>t</template> this</p>',
      'keep this',
    ],
    ['buttons skipped', '<p>Go and Rust</p><button>Show more</button>', 'Go and Rust'],
    [
      'screen-reader-only text skipped',
      '<p>Remote<span class="visually-hidden">, matches you</span></p>',
      'Remote',
    ],
    [
      'literal backslash-n becomes a line',
      '<p>Line one\\nLine two\\r\\nLine three</p>',
      'Line one\nLine two\nLine three',
    ],
    ['pre keeps whitespace', '<pre>a  b\n c</pre>', 'a  b\n c'],
    // The style and class tests, in any case, and attributes that only look like them.
    [
      'hidden by style in capitals, visible styles kept',
      '<p>keep<span style="DISPLAY:NONE">x</span><span style="Visibility : Hidden">y</span><span style="display:block;color:red">,</span> <span style="overflow:hidden">this</span></p>',
      'keep, this',
    ],
    [
      'each screen-reader class skipped, look-alike classes kept',
      '<p>Go<span class="x sr-only">a</span><span class="screen-reader-text">b</span><span class="a11y-text y">c</span> <span class="body-text">and</span> <span class="not-sr-only-x">Rust</span></p>',
      'Go and Rust',
    ],
    [
      'white-space pre by style, in capitals too',
      '<div style="WHITE-SPACE: PRE-WRAP">a  b</div><div style="white-space:break-spaces">c  d</div><div style="white-space:normal">e  f</div>',
      'a  b\nc  d\ne f',
    ],
    [
      'a lone hidden or aria-hidden attribute hides, a lone empty attribute does not',
      '<p>a<span hidden>x</span><span aria-hidden="true">y</span><span class="">b</span><span aria-hidden="false">c</span></p>',
      'abc',
    ],
    ['nbsp is kept', '<p>5&nbsp;years</p>', '5\u00a0years'],
    ['no leading or trailing breaks', '<div><div><p> x </p></div></div>', 'x'],
    ['inline boundaries keep words apart', '<p><b>Python</b> <i>and</i> Go</p>', 'Python and Go'],
    ['inline boundaries without space join', '<p>Java<b>Script</b></p>', 'JavaScript'],
  ])('%s', (_name, html, expected) => {
    expect(buildTextMap(rootOf(html)).text).toBe(expected);
  });
});

describe('buildTextMap attributes added and removed', () => {
  it('reads an element whose hiding attributes were removed again, and hides one that gained them', () => {
    const root = rootOf('<p>Go <span style="display:none" hidden>and Rust</span> <b>now</b></p>');
    const span = root.querySelector('span')!;
    expect(buildTextMap(root).text).toBe('Go now');
    span.removeAttribute('style');
    span.removeAttribute('hidden');
    expect(buildTextMap(root).text).toBe('Go and Rust now');
    root.querySelector('b')!.setAttribute('aria-hidden', 'true');
    expect(buildTextMap(root).text).toBe('Go and Rust');
  });
});

describe('buildTextMap ranges', () => {
  const html =
    '<h2>Requirements</h2><ul><li>5+ years of <b>TypeScript</b>  and\n   React</li><li>Kubernetes<br>Terraform</li></ul><p>Nice\\nto have: Go</p>';

  it.each([
    'TypeScript',
    'React',
    'Kubernetes',
    'Terraform',
    'Go',
    'years of TypeScript and React',
    'Requirements',
  ])('maps "%s" back to the same DOM text', (needle) => {
    const map = buildTextMap(rootOf(html));
    const start = map.text.indexOf(needle);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = map.rangeFor(start, start + needle.length);
    expect(range).not.toBeNull();
    expect(squash(domText(range!))).toBe(needle);
  });

  it('a range across blocks starts and ends in the right nodes', () => {
    const map = buildTextMap(rootOf(html));
    const start = map.text.indexOf('Kubernetes');
    const end = map.text.indexOf('Terraform') + 'Terraform'.length;
    const range = map.rangeFor(start, end)!;
    expect(range.startNode.data).toBe('Kubernetes');
    expect(range.endNode.data).toBe('Terraform');
    expect(map.piecesFor(start, end).map((p) => p.node.data.slice(p.start, p.end))).toEqual([
      'Kubernetes',
      'Terraform',
    ]);
  });

  it('a range on inserted line breaks alone is null', () => {
    const map = buildTextMap(rootOf('<p>a</p><p>b</p>'));
    expect(map.text).toBe('a\nb');
    expect(map.rangeFor(1, 2)).toBeNull();
    expect(map.rangeFor(5, 9)).toBeNull();
  });

  it('offsetAt inverts rangeFor', () => {
    const map = buildTextMap(rootOf(html));
    const start = map.text.indexOf('React');
    const range = map.rangeFor(start, start + 5)!;
    expect(map.offsetAt(range.startNode, range.startOffset)).toBe(start);
    expect(map.offsetAt(document.createTextNode('x'), 0)).toBe(-1);
  });

  it('round trip: every word of random markup maps back to itself', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9+#.]{1,8}$/);
    const space = fc.constantFrom(' ', '  ', '\n ', '\t', '');
    const tag = fc.constantFrom('p', 'li', 'b', 'span', 'div', 'h3', 'td');
    const chunk = fc.tuple(tag, space, word, space).map(([t, a, w, b]) => `<${t}>${a}${w}${b}</${t}>`);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            chunk,
            word.map((w) => ` ${w} `),
          ),
          { minLength: 1, maxLength: 30 },
        ),
        (chunks) => {
          const map = buildTextMap(rootOf(chunks.join('')));
          const re = /[^\s]+/g;
          for (let m = re.exec(map.text); m; m = re.exec(map.text)) {
            const range = map.rangeFor(m.index, m.index + m[0].length);
            if (!range || squash(domText(range)) !== m[0]) return false;
          }
          return true;
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('buildTextMap round trip on every posting fixture', () => {
  const postings = listSiteFixtures().filter((f) => f.expected.isJobPosting);

  it.each(postings.map((f) => [f.id, f] as const))(
    '%s: each word of the text maps to the same DOM text',
    (_id, fixture) => {
      const doc = loadDocument(readFixtureHtml(fixture), fixture.url);
      const reading = readPage(doc, new URL(fixture.url));
      const map = reading.textMap;
      expect(map).not.toBeNull();
      const words = [...map!.text.matchAll(/\S+/g)];
      expect(words.length).toBeGreaterThan(50);
      for (const m of words) {
        const range = map!.rangeFor(m.index, m.index + m[0].length);
        expect(range).not.toBeNull();
        const r = doc.createRange();
        r.setStart(range!.startNode, range!.startOffset);
        r.setEnd(range!.endNode, range!.endOffset);
        expect(squash(r.toString())).toBe(m[0]);
      }
    },
  );
});

/**
 * @jest-environment ./test/support/jsdom-environment.js
 *
 * The UI tests' jsdom environment (test/support/jsdom-environment.js) skips, while resolving the
 * inherited `visibility`, the style rules that do not declare it. Results must be jsdom's own:
 * here, on random trees and style sheets, getComputedStyle and Testing Library's role queries are
 * compared with jsdom's algorithm written out with public DOM calls (every rule of every sheet, in
 * order, `@media` blocks that list `screen`, the inline style last, then the parent's value; jsdom's
 * built-in sheet declares no `visibility`).
 */
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import fc from 'fast-check';

/** jsdom 20's visibility resolution (style-rules.js), unabridged. */
function referenceVisibility(element: Element): string {
  for (let e: Element | null = element; e; e = e.parentElement) {
    let value = '';
    const visit = (rule: CSSRule) => {
      const style = (rule as CSSStyleRule).style;
      if (style && e!.matches((rule as CSSStyleRule).selectorText)) {
        const v = style.getPropertyValue('visibility');
        if (v !== '') value = v;
      }
    };
    for (const sheet of Array.from(document.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules)) {
        const media = (rule as CSSMediaRule).media;
        if (media) {
          if (Array.prototype.indexOf.call(media, 'screen') !== -1) Array.from((rule as CSSMediaRule).cssRules).forEach(visit);
        } else {
          visit(rule);
        }
      }
    }
    const inline = (e as HTMLElement).style.getPropertyValue('visibility');
    if (inline !== '' && inline !== null) value = inline;
    if (value !== '') return value;
  }
  return 'visible';
}

/** A tree as a list: node i hangs under node `parent % i` (node 0 under <body>). */
interface Node {
  parent: number;
  cls: string[];
  inline?: string;
}

const CLASSES = ['a', 'b', 'c', 'd'];
const tree = fc.array(
  fc.record({
    parent: fc.nat(),
    cls: fc.subarray(CLASSES, { maxLength: 2 }),
    inline: fc.option(fc.constantFrom('visibility: hidden', 'visibility: visible', 'color: red', 'display: none'), { nil: undefined, freq: 4 }),
  }),
  { minLength: 1, maxLength: 16 },
);

const selector = fc.oneof(
  fc.constantFrom(...CLASSES).map((c) => `.${c}`),
  fc.tuple(fc.constantFrom(...CLASSES), fc.constantFrom(...CLASSES)).map(([x, y]) => `.${x} .${y}`),
  fc.tuple(fc.constantFrom(...CLASSES), fc.constantFrom(...CLASSES)).map(([x, y]) => `.${x} > .${y}`),
  fc.constantFrom('*', 'div', 'button', 'div.a:not(.b)', '.c:first-child', '[data-x]'),
);
const declaration = fc.constantFrom('visibility: hidden', 'visibility: visible', 'visibility: collapse', 'color: red', 'display: none', 'display: flex');
const rule = fc
  .record({ selector, declaration, media: fc.constantFrom(undefined, undefined, 'screen', 'print', 'screen, print') })
  .map(({ selector: s, declaration: d, media }) => (media ? `@media ${media} { ${s} { ${d}; } }` : `${s} { ${d}; }`));
/** Style sheets as Griffel fills them: some from text, some by insertRule. */
const sheets = fc.array(fc.record({ text: fc.array(rule, { maxLength: 6 }), inserted: fc.array(rule, { maxLength: 6 }) }), { minLength: 1, maxLength: 3 });

function build(nodes: Node[]): void {
  const made: Element[] = [];
  nodes.forEach((node, i) => {
    const el = document.createElement(i % 3 === 2 ? 'button' : 'div');
    if (node.cls.length) el.className = node.cls.join(' ');
    if (node.inline) el.setAttribute('style', node.inline);
    if (i % 2 === 1) el.setAttribute('data-x', '');
    if (el.tagName === 'BUTTON') el.textContent = `button ${i}`;
    (i === 0 ? document.body : made[node.parent % i]).appendChild(el);
    made.push(el);
  });
}

test('the patched environment is the one running (else these suites are slow again: see test/support/jsdom-environment.js)', () => {
  expect((globalThis as { __cermatStyleRulesPatched?: boolean }).__cermatStyleRulesPatched).toBe(true);
});

test('visibility (cascaded, inherited, inline, @media screen) is what jsdom computes', () => {
  fc.assert(
    fc.property(tree, sheets, (nodes, styleSheets) => {
      document.head.innerHTML = '';
      document.body.innerHTML = '';
      for (const s of styleSheets) {
        const style = document.createElement('style');
        style.textContent = s.text.join('\n');
        document.head.appendChild(style);
        for (const r of s.inserted) (style.sheet as CSSStyleSheet).insertRule(r, (style.sheet as CSSStyleSheet).cssRules.length);
      }
      build(nodes);
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        expect([el.outerHTML.slice(0, 80), getComputedStyle(el).visibility]).toEqual([el.outerHTML.slice(0, 80), referenceVisibility(el)]);
      }
      // Testing Library: a button is found by role exactly when it and its ancestors are shown.
      const shown = Array.from(document.body.querySelectorAll('button')).filter((b) => {
        if (referenceVisibility(b) === 'hidden') return false;
        for (let e: Element | null = b; e; e = e.parentElement) if (getComputedStyle(e).display === 'none') return false;
        return true;
      });
      expect(screen.queryAllByRole('button')).toEqual(shown);
    }),
    { numRuns: 150, seed: 20261203 },
  );
});

test('hidden by a class on an ancestor, shown again by a later rule on the element', () => {
  document.head.innerHTML = '<style>.off { visibility: hidden } .on { visibility: visible } @media print { .p { visibility: hidden } }</style>';
  document.body.innerHTML = '<div class="off"><button>a</button><button class="on">b</button></div><button class="p">c</button>';
  expect(screen.queryByRole('button', { name: 'a' })).not.toBeInTheDocument();
  expect(getComputedStyle(screen.getByRole('button', { name: 'b' })).visibility).toBe('visible');
  expect(screen.getByRole('button', { name: 'c' })).toBeVisible();
});

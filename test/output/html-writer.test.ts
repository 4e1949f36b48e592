import { describe, expect, it } from 'vitest';
import { createHtmlWriter, escapeHtml, writeAll } from '../../src/output/index.js';
import { highlightText } from '../../src/output/html/highlight.js';
import { makeFact } from './make-fact.js';

describe('escapeHtml', () => {
  it('escapes the five characters that end text or a quoted attribute', () => {
    expect(escapeHtml(`<script>"a" & 'b'</script>`)).toBe('&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;');
    expect(escapeHtml(null)).toBe('');
  });
});

describe('highlightText', () => {
  const text = '排查隐患23项，整改20项，整改率87%。';
  const a = makeFact({ start: 4, end: 7, text: '23项' });
  const b = makeFact({ start: 10, end: 13, text: '20项', metric: 'hazards.rectified' });
  const c = makeFact({ start: 17, end: 20, text: '87%', metric: 'hazards.rectification_rate' });

  it('places facts given in any order by their offsets, keeping the text between them', () => {
    const { html, unplaced } = highlightText(text, [c, a, b], 0);
    expect(unplaced).toEqual([]);
    expect(html.replace(/<span class="tip"[^]*?<\/span>/g, '').replace(/<[^>]+>/g, '')).toBe(text);
    expect(html.indexOf('23项')).toBeLessThan(html.indexOf('20项'));
    expect(html).toContain('id="d0-f1"'); // the id follows the fact's index, whatever its place
  });

  it('reports overlapping and out-of-range facts instead of breaking the markup', () => {
    const overlapping = makeFact({ start: 5, end: 9 });
    const outside = makeFact({ start: 30, end: 40 });
    const { html, unplaced } = highlightText(text, [a, overlapping, outside], 0);
    expect(unplaced).toEqual([outside, overlapping]);
    expect(html.match(/<mark /g)).toHaveLength(1);
  });

  it('escapes the text around and inside highlights', () => {
    const hostile = '<b>x</b>23项"';
    const { html } = highlightText(hostile, [makeFact({ start: 8, end: 11, object: '"><img src=x onerror=alert(1)>' })], 0);
    expect(html).not.toMatch(/<b>|<img/);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('createHtmlWriter', () => {
  it('writes one self-contained page: no script, no external resource', () => {
    const html = writeAll(createHtmlWriter({ title: 'T <1>' }), [
      { doc: 'a<b>.txt', text: '排查隐患23项。', facts: [makeFact({ start: 4, end: 7 })] },
    ]);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
    expect(html).toContain('<title>T &lt;1&gt;</title>');
    expect(html).toContain('a&lt;b&gt;.txt');
    expect(html).toContain('<table class="totals">');
    expect(html).toContain('<svg class="chart"');
  });
});

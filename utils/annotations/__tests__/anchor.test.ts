// Anchoring round trips through a real DOM (jsdom): a range is described, the article changes the
// ways re-extraction and edits change it, and the highlight must land on the same words, or on
// nothing, never on the wrong words.
import { afterEach, describe, expect, it } from 'vitest';
import { anchorSelectors, describeRange, type AnchorTarget } from '../anchor';

afterEach(() => {
  document.body.replaceChildren();
});

/** An article root holding `html`, attached to the document. */
function article(html: string): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

/** The text nodes under `root`, in document order. */
function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node as Text);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

/** The DOM point `offset` code units into `root`'s text (written independently of the module under test). */
function pointAt(root: Node, offset: number): [Text, number] {
  let left = offset;
  const nodes = textNodes(root);
  for (const node of nodes) {
    if (left <= node.length) return [node, left];
    left -= node.length;
  }
  throw new Error(`offset ${offset} is past the text`);
}

/** A range over the `occurrence`-th (0-based) occurrence of `needle` in `root`'s text. */
function rangeOver(root: HTMLElement, needle: string, occurrence = 0): Range {
  const text = root.textContent ?? '';
  let at = text.indexOf(needle);
  for (let i = 0; i < occurrence; i += 1) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  const range = document.createRange();
  range.setStart(...pointAt(root, at));
  range.setEnd(...pointAt(root, at + needle.length));
  return range;
}

/** Where a range sits in `root`'s text, as offsets (to check that the right occurrence was chosen). */
function offsetsOf(root: HTMLElement, range: Range): [number, number] {
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return [start, start + range.toString().length];
}

const LOREM = 'Morning light fell across the harbour as the ferries left. Fishermen mended nets on the quay, and the market opened late. ';

describe('describeRange', () => {
  it('gives the quote, 32 characters of context each side, and the position', () => {
    const root = article(`<p>${LOREM}</p>`);
    const selectors = describeRange(root, rangeOver(root, 'Fishermen mended nets'));
    const start = LOREM.indexOf('Fishermen');
    expect(selectors).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: 'Fishermen mended nets',
        prefix: LOREM.slice(start - 32, start),
        suffix: LOREM.slice(start + 21, start + 21 + 32),
      },
      position: { type: 'TextPositionSelector', start, end: start + 21 },
    });
  });

  it('keeps shorter context at the edges of the text', () => {
    const root = article('<p>Short text.</p>');
    const { quote, position } = describeRange(root, rangeOver(root, 'Short'));
    expect(quote).toMatchObject({ exact: 'Short', prefix: '', suffix: ' text.' });
    expect(position).toMatchObject({ start: 0, end: 5 });
  });

  it('describes a range across paragraphs, into a link and list items as one stretch of text', () => {
    const root = article(
      '<p>First paragraph ends here.</p><p>Then <a href="https://example.com/">a link</a> follows.</p><ul><li>one</li><li>two</li></ul>',
    );
    const range = document.createRange();
    const [first, , link, , one, two] = textNodes(root);
    range.setStart(first!, 'First paragraph '.length);
    range.setEnd(link!, 'a li'.length);
    expect(describeRange(root, range).quote.exact).toBe('ends here.Then a li');

    range.setStart(one!, 1);
    range.setEnd(two!, 2);
    const selectors = describeRange(root, range);
    expect(selectors.quote.exact).toBe('netw');
    expect(selectors.quote.prefix.endsWith('follows.o')).toBe(true);
  });

  it('counts element-container boundaries in child nodes, not characters', () => {
    // <p> children: "Alpha ", <b>beta</b>, <img>, " gamma"; offsets 1..4 fall between them.
    const root = article('<p>Alpha <b>beta</b><img alt=""> gamma</p><p>delta</p>');
    const p = root.querySelector('p')!;
    const range = document.createRange();
    range.setStart(p, 1);
    range.setEnd(p, 3);
    expect(describeRange(root, range).position).toMatchObject({ start: 6, end: 10 });
    expect(describeRange(root, range).quote.exact).toBe('beta');

    range.setStart(root.querySelector('b')!, 0);
    range.setEnd(root, 2);
    expect(describeRange(root, range).quote.exact).toBe('beta gammadelta');

    range.setStart(root, 0);
    range.setEnd(p, 4);
    expect(describeRange(root, range).quote.exact).toBe('Alpha beta gamma');

    // A boundary in an element with no text (the <img>) and one inside an empty element.
    const img = root.querySelector('img')!;
    range.setStart(p, 2);
    range.setEnd(img, 0);
    expect(describeRange(root, range).position).toMatchObject({ start: 10, end: 10 });
  });

  it('handles a boundary inside a comment and clips a range that runs outside the root', () => {
    const outside = document.createElement('p');
    outside.textContent = 'Outside before.';
    document.body.append(outside);
    const root = article('<p>One<!-- a note --> two</p>');
    const comment = root.querySelector('p')!.childNodes[1]!;
    const range = document.createRange();
    range.setStart(outside.firstChild!, 2);
    range.setEnd(comment, 3);
    expect(describeRange(root, range).quote.exact).toBe('One');

    range.setStart(comment, 1);
    range.setEnd(document.body, document.body.childNodes.length);
    expect(describeRange(root, range).quote.exact).toBe(' two');
  });

  it('gives an empty quote for a range in another document', () => {
    const root = article('<p>Here.</p>');
    const other = document.implementation.createHTMLDocument('');
    other.body.innerHTML = '<p>There.</p>';
    const range = other.createRange();
    range.selectNodeContents(other.body);
    expect(describeRange(root, range).quote.exact).toBe('');
  });

  it('snaps a range that ends or starts inside a Devanagari cluster out to the whole cluster', () => {
    // क्ष is क + ् + ष (a conjunct); ि is a vowel sign: neither may be cut from its consonant.
    const root = article('<p>क्षत्रिय किताब पढ़ता है</p>');
    const text = root.textContent!;
    const range = document.createRange();
    const node = root.querySelector('p')!.firstChild!;
    range.setStart(node, 0);
    range.setEnd(node, 2); // after क्, before ष
    expect(describeRange(root, range).quote.exact).toBe('क्ष');

    const kitab = text.indexOf('किताब');
    range.setStart(node, kitab + 1); // between क and its vowel sign ि
    range.setEnd(node, kitab + 3); // between त and its vowel sign ा
    const selectors = describeRange(root, range);
    expect(selectors.quote.exact).toBe('किता');
    expect(selectors.position).toMatchObject({ start: kitab, end: kitab + 4 });
  });

  it('never cuts a surrogate pair out of the context', () => {
    const root = article(`<p>${'😀'.repeat(40)}x${'😀'.repeat(40)}</p>`);
    const { quote } = describeRange(root, rangeOver(root, 'x'));
    expect(quote.prefix).toBe('😀'.repeat(16));
    expect(quote.suffix).toBe('😀'.repeat(16));
  });
});

/** Describes `needle` in `html`, lets the article become `changed`, and returns the re-anchored range's text and offsets. */
function roundTrip(html: string, needle: string, changed: string, occurrence = 0): { text: string | null; at: [number, number] | null } {
  const root = article(html);
  const selectors = describeRange(root, rangeOver(root, needle, occurrence));
  root.innerHTML = changed;
  const range = anchorSelectors(root, selectors);
  return { text: range?.toString() ?? null, at: range ? offsetsOf(root, range) : null };
}

describe('anchorSelectors', () => {
  it('anchors by position when the article is unchanged', () => {
    const html = `<p>${LOREM}</p><p>${LOREM}</p>`;
    const { text, at } = roundTrip(html, 'the quay', html, 1);
    expect(text).toBe('the quay');
    expect(at![0]).toBe(LOREM.length + LOREM.indexOf('the quay'));
  });

  it('finds the quote when text before and after it changed', () => {
    const { text } = roundTrip(
      `<p>${LOREM}</p><p>The lighthouse keeper counted the boats.</p><p>${LOREM}</p>`,
      'lighthouse keeper counted',
      `<p>Update: corrected.</p><p>${LOREM}${LOREM}</p><p>The old lighthouse keeper counted all the boats.</p><p>New end.</p>`,
    );
    expect(text).toBe('lighthouse keeper counted');
  });

  it('picks the repeated quote whose context matches, not the nearest one', () => {
    const html = '<p>In Paris it rained again.</p><p>In Rome it rained again.</p><p>In Oslo it rained again.</p>';
    // Text is added at the top, so the stored position now falls nearest the first occurrence.
    const changed = `<p>Weather diary, week 12.</p>${html}`;
    const { text, at } = roundTrip(html, 'it rained again', changed, 1);
    expect(text).toBe('it rained again');
    expect(at![0]).toBe('Weather diary, week 12.In Paris it rained again.In Rome '.length);
  });

  it('takes the occurrence nearest the stored position when context cannot tell them apart', () => {
    const line = '<p>Same words here.</p>';
    const html = line.repeat(6);
    const changed = `<p>Intro.</p>${line.repeat(6)}`;
    const { at } = roundTrip(html, 'words', changed, 3);
    expect(at![0]).toBe('Intro.'.length + 'Same words here.'.length * 3 + 'Same '.length);
  });

  it('finds the quote when its whitespace changed', () => {
    expect(
      roundTrip(
        '<p>The council voted to close the old bridge.</p>',
        'voted to close the',
        '<p>The council voted\n   to close\tthe old bridge.</p>',
      ).text,
    ).toBe('voted\n   to close\tthe');
    expect(roundTrip('<pre>line one\nline two</pre>', 'one\nline', '<p>line one line two</p>').text).toBe('one line');
    // A quote across paragraphs whose re-extraction put a line break between them.
    expect(roundTrip('<p>end of one.</p><p>Start of two.</p>', 'one.Start', '<p>end of one.</p>\n<p>Start of two.</p>').text).toBe(
      'one.\nStart',
    );
  });

  it('finds a slightly edited quote fuzzily', () => {
    const { text } = roundTrip(
      `<p>${LOREM}</p><p>The mayor said the new tram line would open in the spring of next year.</p>`,
      'the new tram line would open in the spring of next year',
      `<p>${LOREM}</p><p>The mayor said the new tram line will open in the spring of next year.</p>`,
    );
    expect(text).toBe('the new tram line will open in the spring of next year');
  });

  it('gives null when the quote is gone, rather than a wrong place', () => {
    expect(roundTrip(`<p>${LOREM}</p><p>A sentence that will be deleted.</p>`, 'will be deleted', `<p>${LOREM}</p>`).text).toBeNull();
    // Too edited for a fuzzy match (more than a quarter of the quote).
    expect(roundTrip('<p>The quick brown fox jumps.</p>', 'quick brown fox', '<p>The slow grey fox jumps.</p>').text).toBeNull();
  });

  it('gives null, never throws, for malformed or empty targets', () => {
    const root = article(`<p>${LOREM}</p>`);
    const quote = { type: 'TextQuoteSelector' as const, exact: 'harbour', prefix: '', suffix: '' };
    expect(anchorSelectors(root, { quote: { ...quote, exact: '' } })).toBeNull();
    expect(anchorSelectors(root, { quote: null } as unknown as AnchorTarget)).toBeNull();
    expect(anchorSelectors(root, {} as AnchorTarget)).toBeNull();
    const hostile = {
      get quote(): never {
        throw new Error('boom');
      },
    };
    expect(anchorSelectors(root, hostile as unknown as AnchorTarget)).toBeNull();
    // Nonsense positions are only a hint: the quote is still found.
    const position = { type: 'TextPositionSelector' as const, start: -5, end: 1e12 };
    expect(anchorSelectors(root, { quote, position })?.toString()).toBe('harbour');
    expect(anchorSelectors(root, { quote: { ...quote, prefix: 7, suffix: null } as unknown as typeof quote })?.toString()).toBe('harbour');
    expect(anchorSelectors(article(''), { quote })).toBeNull();
  });

  it('anchors right-to-left text (Arabic and Hebrew)', () => {
    const arabic = '<p dir="rtl">أعلنت البلدية اليوم عن افتتاح <a href="/x">المكتبة الجديدة</a> في وسط المدينة عام 2025.</p>';
    expect(roundTrip(arabic, 'افتتاح المكتبة', `<p dir="rtl">تحديث: ${arabic.slice(13)}`).text).toBe('افتتاح المكتبة');
    const hebrew = '<p dir="rtl">העירייה הודיעה היום על פתיחת הספרייה החדשה במרכז העיר.</p><p dir="rtl">הספרייה החדשה תיפתח בקיץ.</p>';
    const { text, at } = roundTrip(hebrew, 'הספרייה החדשה', `<p>עדכון.</p>${hebrew}`, 1);
    expect(text).toBe('הספרייה החדשה');
    expect(at![0]).toBe('עדכון.העירייה הודיעה היום על פתיחת הספרייה החדשה במרכז העיר.'.length);
  });

  it('widens a match that would end inside a Devanagari cluster to the whole cluster', () => {
    // The stored quote ended on द; the text now has a vowel sign after it, which belongs to द's cluster.
    const { text } = roundTrip('<p>हम हिन्द के लोग</p>', 'हिन्द', '<p>नया: हम हिन्दी के लोग</p>');
    expect(text).toBe('हिन्दी');
    expect(roundTrip('<p>भारत एक विशाल देश है।</p>', 'विशाल देश', '<p>आज भारत एक विशाल देश है।</p>').text).toBe('विशाल देश');
  });

  it('anchors Chinese and Japanese text (no spaces between words)', () => {
    const chinese = '<p>今天上午，市政府宣布新的图书馆将在市中心开放。</p><p>图书馆将在市中心开放的消息令人高兴。</p>';
    const { text, at } = roundTrip(chinese, '图书馆将在市中心开放', `<p>更新：</p>${chinese}`, 1);
    expect(text).toBe('图书馆将在市中心开放');
    expect(at![0]).toBe('更新：今天上午，市政府宣布新的图书馆将在市中心开放。'.length);
    const japanese = '<p>東京では今朝、<ruby>桜<rt>さくら</rt></ruby>が満開になりました。</p>';
    expect(roundTrip(japanese, '満開になりました', `<p>速報：</p>${japanese}`).text).toBe('満開になりました');
    expect(roundTrip('<p>東京では今朝、桜が満開になりました。</p>', '桜が満開', '<p>東京では今朝、桜が\n満開になりました。</p>').text).toBe(
      '桜が\n満開',
    );
  });

  it('anchors ranges across paragraphs, links and list items', () => {
    const html = '<p>Intro text.</p><ul><li>First <a href="/a">item</a></li><li>second item</li></ul><p>Outro.</p>';
    const root = article(html);
    const range = document.createRange();
    const nodes = textNodes(root);
    range.setStart(nodes[2]!, 1); // "item" in the link
    range.setEnd(nodes[4]!, 3); // "Out"
    const selectors = describeRange(root, range);
    expect(selectors.quote.exact).toBe('temsecond itemOut');
    root.innerHTML = `<p>New intro.</p>${html}`;
    const anchored = anchorSelectors(root, selectors)!;
    expect(anchored.toString()).toBe('temsecond itemOut');
    expect(anchored.startContainer.parentElement?.tagName).toBe('A');
    expect(anchored.endContainer.parentElement?.tagName).toBe('P');
  });

  it('starts and ends a range in the text nodes it covers, not at the edge of a neighbour', () => {
    const root = article('<p><b>bold</b><i>italic</i></p>');
    const selectors = describeRange(root, rangeOver(root, 'italic'));
    const range = anchorSelectors(root, selectors)!;
    expect(range.startContainer.parentElement?.tagName).toBe('I');
    expect(range.startOffset).toBe(0);
    expect(range.endContainer.parentElement?.tagName).toBe('I');
  });

  it('handles a 50,000-character quote within its bounds', () => {
    const body = Array.from({ length: 1200 }, (_, i) => `<p>Paragraph ${i} has some words about the city and its river.</p>`).join('');
    const root = article(body);
    const text = root.textContent!;
    const range = document.createRange();
    range.setStart(...pointAt(root, 1000));
    range.setEnd(...pointAt(root, 51_000));
    const selectors = describeRange(root, range);
    expect(selectors.quote.exact).toHaveLength(50_000);
    expect(anchorSelectors(root, selectors)?.toString()).toBe(text.slice(1000, 51_000));

    // Moved: found by exact search.
    root.insertAdjacentHTML('afterbegin', '<p>Added later.</p>');
    expect(anchorSelectors(root, selectors)?.toString()).toBe(text.slice(1000, 51_000));

    // Edited inside: too long for fuzzy search, so it is not found (and the call returns promptly).
    root.querySelectorAll('p')[500]!.textContent = 'Rewritten.';
    expect(anchorSelectors(root, selectors)).toBeNull();
  });

  it('describes and anchors 2,000 highlights in one article', () => {
    const sentences = Array.from(
      { length: 2000 },
      (_, i) => `Sentence ${i} tells of ${['rain', 'sun', 'wind', 'snow'][i % 4]} on day ${i % 7}.`,
    );
    const paragraphs = Array.from({ length: 400 }, (_, p) => `<p>${sentences.slice(p * 5, p * 5 + 5).join(' <em>and</em> ')}</p>`);
    const root = article(paragraphs.join('\n'));
    // Each sentence is one text node here (the <em>s sit between them), so a range over it is easy to build.
    const nodes = textNodes(root).filter((node) => node.data.trimStart().startsWith('Sentence'));
    expect(nodes).toHaveLength(2000);
    const described = nodes.map((node) => {
      const range = document.createRange();
      range.setStart(node, node.data.length - node.data.trimStart().length);
      range.setEnd(node, node.data.trimEnd().length);
      return describeRange(root, range);
    });
    expect(described.map((d) => d.quote.exact)).toEqual(sentences);
    root.insertAdjacentHTML('afterbegin', '<p>Editor’s note: this article was updated.</p>');
    const anchored = described.map((d) => anchorSelectors(root, d));
    expect(anchored.map((r) => r?.toString())).toEqual(sentences);
    expect(anchored.every((r, i) => r?.startContainer === nodes[i])).toBe(true);
    // jsdom compares boundary points by walking its tree (a few seconds here, far longer on a loaded
    // machine); a browser answers from its layout of the tree at once. Correctness is what this checks.
  }, 120_000);

  it('sees a change to the article made just before the call (the text index is never stale)', async () => {
    const root = article('<p>The river rose overnight.</p>');
    const selectors = describeRange(root, rangeOver(root, 'river rose'));
    const node = root.querySelector('p')!.firstChild as Text;
    node.data = 'The river fell overnight.';
    expect(describeRange(root, rangeOver(root, 'river fell')).quote.exact).toBe('river fell');
    expect(anchorSelectors(root, selectors)).toBeNull();
    node.data = 'Now the river rose overnight.';
    expect(anchorSelectors(root, selectors)?.toString()).toBe('river rose');
    // After the observer's callback has run too.
    root.append(document.createTextNode(' Again the river rose.'));
    await Promise.resolve();
    expect(describeRange(root, rangeOver(root, 'river rose', 1)).position.start).toBe('Now the river rose overnight. Again the '.length);
  });
});

/**
 * The watched step runner and the removal record: a step's removals are seen whatever its code,
 * placed where they sat in the article, and a step that would take too much is undone exactly.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../index';
import { watchStep, type Place } from '../record';
import { leafBlocks } from '../signals';
import type { PipelineStep } from '../steps/step';
import { jsdomBody, jsdomPage, prose } from './jsdom-page';

const ctx = (doc: Document) => ({ url: 'https://news.example/story', doc, byline: '' });

describe('watchStep', () => {
  it('records the outermost removed block with its place and text size', () => {
    const { body, doc, close } = jsdomBody('<p>One two three four.</p><div id="x"><p>Share this</p></div><p>Five six.</p>');
    const step: PipelineStep = { name: 'drop-x', run: (root) => root.querySelector('#x')?.remove(), reason: 'share', safe: false };
    const places = new Map<Node, Place>();
    const { report, removals } = watchStep(step, body, ctx(doc), doc.defaultView!, 0.9, places);
    expect(removals).toHaveLength(1);
    expect((removals[0]!.node as Element).id).toBe('x');
    expect(removals[0]!.place.next).toBe(body.lastElementChild);
    expect(report).toMatchObject({ step: 'drop-x', chars: 9, bounded: false });
    close();
  });

  it('undoes a step that would remove more than its bound, leaving the tree as it was', () => {
    const story = 'Keep this whole paragraph of the story, which runs on for more than a few lines. '.repeat(4);
    const { body, doc, close } = jsdomBody(`<p class="a">${story}</p><p>And this one.</p>`);
    const before = body.innerHTML;
    const step: PipelineStep = {
      name: 'greedy',
      run: (root) => {
        root.querySelector('p')!.setAttribute('class', 'b');
        root.querySelector('p')!.remove();
        root.querySelector('p')!.firstChild!.nodeValue = 'And';
      },
      reason: 'widget',
      safe: false,
    };
    const { report, removals } = watchStep(step, body, ctx(doc), doc.defaultView!, 0.35, new Map());
    expect(report.bounded).toBe(true);
    expect(removals).toEqual([]);
    expect(body.innerHTML).toBe(before);
    close();
  });

  it('lets a removal of a few lines through whatever its share (a date line of a one-sentence brief)', () => {
    const { body, doc, close } = jsdomBody('<p>12 May 2026, 10:42</p><p>One sentence is the whole story.</p>');
    const step: PipelineStep = { name: 'dateline', run: (root) => root.querySelector('p')!.remove(), reason: 'edge', safe: false };
    const { report, removals } = watchStep(step, body, ctx(doc), doc.defaultView!, 0.35, new Map());
    expect(report.share).toBeGreaterThan(0.35);
    expect(report.bounded).toBe(false);
    expect(removals.map((r) => r.node.textContent)).toEqual(['12 May 2026, 10:42']);
    close();
  });

  it('undoes a step that throws, and reports the error', () => {
    const { body, doc, close } = jsdomBody('<p>One.</p><p>Two.</p>');
    const before = body.innerHTML;
    const step: PipelineStep = {
      name: 'broken',
      run: (root) => {
        root.firstElementChild!.remove();
        throw new Error('boom');
      },
      reason: 'widget',
      safe: false,
    };
    const { report } = watchStep(step, body, ctx(doc), doc.defaultView!, 1, new Map());
    expect(report.error).toBe('boom');
    expect(body.innerHTML).toBe(before);
    close();
  });
});

describe('extractArticle: the removal record', () => {
  it('gives each removed block a reason, its markup and its place among the article blocks', () => {
    const html = `<html><head><title>Harbour wall</title></head><body><article><h1>Harbour wall</h1>${prose(3)}<p><strong>Also read:</strong> <a href="https://news.example/other-story-about-tides">Tides reach a ten-year high on the east coast</a></p>${prose(3, 'Engineers expect the works to take two summers')}</article></body></html>`;
    const page = jsdomPage(html);
    const result = extractArticle(page.doc, 'https://news.example/story');
    page.close();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const teaser = result.value.removed.blocks.find((b) => b.text.includes('Tides reach'));
    expect(teaser).toMatchObject({ step: 'remove-read-also', reason: 'read-also', within: false });
    expect(teaser!.html).toContain('<a');
    // Put back at its index, it sits between the third and fourth paragraphs of the story.
    const { body, close } = jsdomBody(result.value.article.html);
    const leaves = leafBlocks(body);
    expect(leaves[teaser!.at! - 1]!.textContent).toContain('harbour wall');
    expect(leaves[teaser!.at!]!.textContent).toContain('Engineers expect');
    close();
  });

  it('does not refuse a briefing of linked items with prose between them, and refuses a bare link list', () => {
    const items = Array.from(
      { length: 8 },
      (_, i) =>
        `<li><a href="https://news.example/s${i}">Story number ${i} has a long linked headline about the city budget</a> A line of plain prose follows it, about what it means for readers here.</li>`,
    ).join('');
    const page = jsdomPage(
      `<html><body><article><h1>Eight things to know</h1><p>Good morning, here is what matters today in the city and beyond.</p><ol>${items}</ol></article></body></html>`,
    );
    expect(extractArticle(page.doc, 'https://news.example/story').ok).toBe(true);
    page.close();
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="https://news.example/s${i}">Headline number ${i} about something that happened in town</a></li>`,
    ).join('');
    const list = jsdomPage(`<html><body><div class="list"><ul>${links}</ul></div></body></html>`);
    expect(extractArticle(list.doc, 'https://news.example/').ok).toBe(false);
    list.close();
  });
});

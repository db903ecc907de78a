/**
 * The read-aloud highlight: which block is marked, and that the sentence is scrolled into view
 * only when it is not already visible — smoothly, or instantly when the user asks for reduced motion.
 */
import { describe, expect, it, vi } from 'vitest';
import { collectSentences } from '../../utils/sentences';
import { clearSpeaking, showSpeaking } from '../speech-highlight';

function setup(sentenceTop: number) {
  const root = document.createElement('article');
  root.innerHTML = '<p>First sentence. Second sentence.</p><p>Third one.</p>';
  document.body.append(root);
  const scroller = document.createElement('div');
  const scrollBy = vi.fn();
  Object.assign(scroller, { scrollBy, getBoundingClientRect: () => ({ top: 0, bottom: 600 }) });
  // jsdom has no layout (and no Range.getBoundingClientRect): the block's rect stands in for the sentence's.
  for (const p of root.querySelectorAll('p'))
    Object.assign(p, { getBoundingClientRect: () => ({ top: sentenceTop, bottom: sentenceTop + 30 }) });
  return { root, scroller, scrollBy, sentences: collectSentences(root, 'en') };
}

describe('showSpeaking', () => {
  it('marks the sentence’s block, and only that one; clearSpeaking removes the mark', () => {
    const { root, scroller, sentences } = setup(100);
    showSpeaking(root, sentences[2]!, scroller, 0, true);
    expect([...root.querySelectorAll('[data-bs-speaking]')].map((el) => el.textContent)).toEqual(['Third one.']);
    showSpeaking(root, sentences[0]!, scroller, 0, true);
    expect([...root.querySelectorAll('[data-bs-speaking]')].map((el) => el.textContent)).toEqual(['First sentence. Second sentence.']);
    clearSpeaking(root);
    expect(root.querySelectorAll('[data-bs-speaking]')).toHaveLength(0);
    root.remove();
  });

  it('leaves the view alone while the sentence is visible', () => {
    const { root, scroller, scrollBy, sentences } = setup(200);
    showSpeaking(root, sentences[0]!, scroller, 0, true);
    expect(scrollBy).not.toHaveBeenCalled();
    root.remove();
  });

  it('brings a sentence below the view to a third of the way down: smoothly, or at once for reduced motion', () => {
    const { root, scroller, scrollBy, sentences } = setup(900);
    showSpeaking(root, sentences[0]!, scroller, 0, true);
    expect(scrollBy).toHaveBeenLastCalledWith({ top: 900 - 200, behavior: 'smooth' });
    showSpeaking(root, sentences[0]!, scroller, 0, false);
    expect(scrollBy).toHaveBeenLastCalledWith({ top: 900 - 200, behavior: 'auto' });
    root.remove();
  });

  it('counts the sticky toolbar as covering the top of the view', () => {
    const { root, scroller, scrollBy, sentences } = setup(50);
    showSpeaking(root, sentences[0]!, scroller, 120, false);
    expect(scrollBy).toHaveBeenLastCalledWith({ top: 50 - 120 - (600 - 120) / 3, behavior: 'auto' });
    root.remove();
  });
});

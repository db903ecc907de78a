import { describe, expect, it } from 'vitest';
import { collectSentences, segmentSentences, sentenceRange } from '../sentences';

const texts = (s: { text: string }[]) => s.map((x) => x.text);

describe('segmentSentences', () => {
  it('splits Hindi at the danda, Chinese and Japanese at 。, English at full stops', () => {
    expect(texts(segmentSentences('दिल्ली में गर्मी बढ़ी। लोग परेशान हैं। बारिश कब होगी?', 'hi'))).toEqual([
      'दिल्ली में गर्मी बढ़ी।',
      'लोग परेशान हैं।',
      'बारिश कब होगी?',
    ]);
    expect(texts(segmentSentences('今天很热。明天会下雨。', 'zh'))).toEqual(['今天很热。', '明天会下雨。']);
    expect(texts(segmentSentences('東京は晴れです。明日は雨です。', 'ja'))).toEqual(['東京は晴れです。', '明日は雨です。']);
    expect(texts(segmentSentences('It rained. Then it stopped!', 'en'))).toEqual(['It rained.', 'Then it stopped!']);
  });

  it('gives offsets that point at the sentence in the original text, and skips punctuation-only runs', () => {
    const text = '  First one.   — Second one. ';
    const parts = segmentSentences(text, 'en');
    for (const p of parts) expect(text.slice(p.start, p.end).replace(/\s+/g, ' ')).toBe(p.text);
    expect(texts(segmentSentences('— … —', 'en'))).toEqual([]);
  });
});

describe('collectSentences', () => {
  it('reads leaf blocks in order, across inline markup, and maps each sentence back to a Range', () => {
    const root = document.createElement('article');
    root.innerHTML =
      '<h1>Title here</h1><div><p>One <a href="#">linked</a> sentence. <b>Two</b>.</p>' +
      '<ul><li><p>In a list.</p></li></ul><figure><figcaption>Caption.</figcaption></figure>' +
      '<p aria-hidden="true">Hidden.</p><p lang="hi">हिंदी वाक्य। दूसरा।</p></div>';
    const sentences = collectSentences(root, 'en');
    expect(texts(sentences)).toEqual(['Title here', 'One linked sentence.', 'Two.', 'In a list.', 'Caption.', 'हिंदी वाक्य।', 'दूसरा।']);
    expect(sentences.map((s) => sentenceRange(s).toString())).toEqual(texts(sentences));
  });
});

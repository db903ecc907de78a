import { describe, expect, it, vi } from 'vitest';
import { pickVoice, ReadAloud, webSpeech, type ReadAloudState } from '../read-aloud';
import { fakeSpeech, voice } from './fake-speech';

describe('pickVoice', () => {
  const voices = [
    voice('en-US', 'Samantha', { default: true }),
    voice('hi-IN', 'Lekha'),
    voice('hi_IN', 'Remote Hindi', { localService: false }),
    voice('zh-CN', 'Tingting'),
  ];

  it('prefers the same language, a local voice, then the default', () => {
    expect(pickVoice(voices, 'hi')?.name).toBe('Lekha');
    expect(pickVoice(voices, 'hi-IN')?.name).toBe('Lekha');
    expect(pickVoice(voices, 'zh')?.name).toBe('Tingting');
    expect(pickVoice(voices, 'en-GB')?.name).toBe('Samantha');
  });

  it('finds no voice for a language the system lacks, and the default for an unknown language', () => {
    expect(pickVoice(voices, 'ar')).toBeNull();
    expect(pickVoice([], 'en')).toBeNull();
    expect(pickVoice(voices, 'und')?.name).toBe('Samantha');
  });
});

describe('ReadAloud', () => {
  const run = (sentences: string[], lang: string, voices = [voice('hi-IN', 'Lekha'), voice('en-US')]) => {
    const speech = fakeSpeech(voices);
    const states: ReadAloudState[] = [];
    const reader = new ReadAloud(speech, sentences, lang, (s) => states.push(s));
    return { speech, states, reader };
  };

  it('reads one sentence at a time in the chosen voice, reporting which, then goes idle', async () => {
    const { speech, states, reader } = run(['पहला वाक्य।', 'दूसरा वाक्य।'], 'hi');
    reader.setRate(1.5);
    await reader.play();
    expect(speech.spoken.map((u) => [u.text, u.voice?.name, u.rate])).toEqual([['पहला वाक्य।', 'Lekha', 1.5]]);
    expect(reader.current).toMatchObject({ status: 'playing', index: 0 });
    speech.finish();
    expect(speech.spoken.at(-1)?.text).toBe('दूसरा वाक्य।');
    expect(reader.current.index).toBe(1);
    speech.finish();
    expect(reader.current).toMatchObject({ status: 'idle', index: -1 });
    expect(states.map((s) => s.status)).toEqual(['loading', 'loading', 'playing', 'playing', 'idle']);
  });

  it('pauses by cancelling, ignores the cancelled utterance ending, and resumes at the same sentence', async () => {
    const { speech, reader } = run(['One.', 'Two.', 'Three.'], 'en');
    await reader.play();
    speech.finish();
    reader.pause();
    expect(reader.current).toMatchObject({ status: 'paused', index: 1 });
    speech.finish(); // the engine reports the cancelled utterance's end: must not advance
    expect(reader.current).toMatchObject({ status: 'paused', index: 1 });
    await reader.play();
    expect(speech.spoken.map((u) => u.text)).toEqual(['One.', 'Two.', 'Two.']);
  });

  it('stop goes back to the start; a rate change restarts the current sentence', async () => {
    const { speech, reader } = run(['One.', 'Two.'], 'en');
    await reader.play();
    reader.setRate(2);
    expect(speech.spoken.map((u) => [u.text, u.rate])).toEqual([
      ['One.', 1],
      ['One.', 2],
    ]);
    reader.stop();
    expect(reader.current).toMatchObject({ status: 'idle', index: -1 });
    await reader.play();
    expect(speech.spoken.at(-1)?.text).toBe('One.');
  });

  it('says so when no voice speaks the language, and speaks nothing', async () => {
    const { speech, reader } = run(['مرحبا.'], 'ar');
    await reader.play();
    expect(reader.current.status).toBe('no-voice');
    expect(speech.spoken).toEqual([]);
  });

  it('waits for voices that load late (Chrome fires voiceschanged)', async () => {
    vi.useFakeTimers();
    try {
      const { speech, reader } = run(['Hello.'], 'en', []);
      const playing = reader.play();
      speech.setVoices([voice('en-GB', 'Daniel')]);
      await playing;
      expect(speech.spoken[0]?.voice?.name).toBe('Daniel');
    } finally {
      vi.useRealTimers();
    }
  });

  it('webSpeech finds nothing where the scope has no speech API', () => {
    expect(webSpeech({} as typeof globalThis)).toBeNull();
  });
});

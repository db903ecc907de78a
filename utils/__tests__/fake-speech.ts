/**
 * An in-memory speech engine for read-aloud tests (jsdom and headless browsers have no voices):
 * it records what was spoken and lets the test finish or fail the current utterance.
 */
import type { SpeechPort, SynthLike, UtteranceLike, VoiceLike } from '../read-aloud';

export function voice(lang: string, name = `Voice ${lang}`, extra: Partial<VoiceLike> = {}): VoiceLike {
  return { name, lang, voiceURI: name, localService: true, default: false, ...extra };
}

export interface FakeSpeech extends SpeechPort {
  /** Every utterance passed to speak(), in order. */
  spoken: UtteranceLike[];
  cancels: number;
  /** Ends the latest utterance as the engine would when it finishes speaking. */
  finish(): void;
  /** Makes voices appear later, as Chrome does, and fires voiceschanged. */
  setVoices(voices: VoiceLike[]): void;
}

export function fakeSpeech(initial: VoiceLike[]): FakeSpeech {
  let voices = initial;
  const listeners = new Set<() => void>();
  const spoken: UtteranceLike[] = [];
  const synth: SynthLike = {
    speak: (u) => void spoken.push(u),
    cancel: () => void (fake.cancels += 1),
    getVoices: () => voices,
    addEventListener: (_type, l) => void listeners.add(l),
    removeEventListener: (_type, l) => void listeners.delete(l),
  };
  const fake: FakeSpeech = {
    synth,
    spoken,
    cancels: 0,
    createUtterance: (text) => ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null }),
    finish: () => spoken.at(-1)?.onend?.(new Event('end')),
    setVoices: (next) => {
      voices = next;
      for (const l of listeners) l();
    },
  };
  return fake;
}

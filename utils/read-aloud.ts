/**
 * Read aloud with the Web Speech API: one utterance per sentence (Chrome silently stops long
 * utterances after about 15 s, and per-sentence ends tell us what to highlight), a voice chosen
 * for the article's language, and pause implemented as "stop and remember the sentence" because
 * `speechSynthesis.pause()` is a no-op on several Linux and Android engines.
 * The speech API is injected (`SpeechPort`), so tests and headless browsers can supply their own.
 */

/** The part of SpeechSynthesisVoice we use. */
export interface VoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
  localService: boolean;
  default: boolean;
}

/** The part of SpeechSynthesisUtterance we use. */
export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onend: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
}

/** The part of SpeechSynthesis we use. */
export interface SynthLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  getVoices(): VoiceLike[];
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

/** The speech engine and a way to make utterances for it. */
export interface SpeechPort {
  synth: SynthLike;
  createUtterance(text: string): UtteranceLike;
}

/** The browser's speech engine, or null where there is none. */
export function webSpeech(scope: typeof globalThis = globalThis): SpeechPort | null {
  const synth = scope.speechSynthesis as SynthLike | undefined;
  const Utterance = scope.SpeechSynthesisUtterance as (new (text: string) => UtteranceLike) | undefined;
  if (!synth || !Utterance) return null;
  return { synth, createUtterance: (text) => new Utterance(text) };
}

const normalizeTag = (tag: string) => tag.replace(/_/g, '-').toLowerCase();

/**
 * The best installed voice for `lang`: same language and region first, then same language; a
 * local (offline) voice before a network one, the system default before the rest. For an unknown
 * language ('und') the system's default voice. Null when no voice speaks the language.
 */
export function pickVoice(voices: readonly VoiceLike[], lang: string): VoiceLike | null {
  if (voices.length === 0) return null;
  if (!lang || lang === 'und') return voices.find((v) => v.default) ?? voices[0] ?? null;
  const want = normalizeTag(lang);
  const primary = want.split('-')[0];
  const score = (v: VoiceLike) => {
    const tag = normalizeTag(v.lang);
    if (tag.split('-')[0] !== primary) return -1;
    return (tag === want ? 4 : 0) + (v.localService ? 2 : 0) + (v.default ? 1 : 0);
  };
  let best: VoiceLike | null = null;
  let bestScore = -1;
  for (const voice of voices) {
    const s = score(voice);
    if (s > bestScore) [best, bestScore] = [voice, s];
  }
  return best;
}

/** What the read-aloud controls show. */
export interface ReadAloudState {
  status: 'idle' | 'loading' | 'playing' | 'paused' | 'no-voice';
  /** The sentence being read (or where reading resumes); -1 before the first. */
  index: number;
  voice: VoiceLike | null;
}

/** Resolves with the voices, waiting (up to `timeoutMs`) for engines that load them late (Chrome). */
export function loadVoices(synth: SynthLike, timeoutMs = 1500): Promise<VoiceLike[]> {
  const now = synth.getVoices();
  if (now.length || !synth.addEventListener) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener?.('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, timeoutMs);
    synth.addEventListener?.('voiceschanged', done);
  });
}

/** Reads a list of sentences aloud, one utterance each, and reports progress through `onChange`. */
export class ReadAloud {
  private state: ReadAloudState = { status: 'idle', index: -1, voice: null };
  /** Bumped on every start/stop, so events from a cancelled utterance are ignored. */
  private generation = 0;
  private rate = 1;

  constructor(
    private readonly port: SpeechPort,
    private readonly sentences: readonly string[],
    private readonly lang: string,
    private readonly onChange: (state: ReadAloudState) => void,
  ) {}

  get current(): ReadAloudState {
    return this.state;
  }

  /** Starts, or resumes at the sentence where it paused. */
  async play(): Promise<void> {
    if (this.state.status === 'playing' || this.state.status === 'loading') return;
    let voice = this.state.voice;
    if (!voice) {
      this.set({ status: 'loading' });
      const generation = this.generation;
      voice = pickVoice(await loadVoices(this.port.synth), this.lang);
      if (generation !== this.generation) return; // stopped while waiting
      if (!voice) {
        this.set({ status: 'no-voice' });
        return;
      }
    }
    const from = this.state.index < 0 || this.state.index >= this.sentences.length ? 0 : this.state.index;
    this.set({ voice });
    this.speakFrom(from);
  }

  /** Stops speech and remembers the sentence, to read it again on play. */
  pause(): void {
    if (this.state.status !== 'playing') return;
    this.generation += 1;
    this.port.synth.cancel();
    this.set({ status: 'paused' });
  }

  /** Stops and goes back to the start. */
  stop(): void {
    this.generation += 1;
    this.port.synth.cancel();
    this.set({ status: 'idle', index: -1 });
  }

  /** Changes the speed; a sentence being read starts again at the new speed. */
  setRate(rate: number): void {
    this.rate = rate;
    if (this.state.status !== 'playing') return;
    this.generation += 1;
    this.port.synth.cancel();
    this.speakFrom(this.state.index);
  }

  /** Speaks sentence `index`, then the next. No cancel() here: between sentences there is nothing to interrupt. */
  private speakFrom(index: number): void {
    const generation = ++this.generation;
    const text = this.sentences[index];
    if (text === undefined) {
      this.set({ status: 'idle', index: -1 });
      return;
    }
    const utterance = this.port.createUtterance(text);
    utterance.lang = this.state.voice?.lang ?? this.lang;
    utterance.voice = this.state.voice;
    utterance.rate = this.rate;
    utterance.onend = () => {
      if (generation === this.generation) this.speakFrom(index + 1);
    };
    utterance.onerror = () => {
      // 'interrupted'/'canceled' come from our own cancel(); anything else ends reading.
      if (generation === this.generation) this.set({ status: 'idle', index: -1 });
    };
    this.set({ status: 'playing', index });
    this.port.synth.speak(utterance);
  }

  private set(change: Partial<ReadAloudState>): void {
    this.state = { ...this.state, ...change };
    this.onChange(this.state);
  }
}

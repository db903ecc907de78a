/**
 * Read-aloud controls: play/pause, stop and speed, with the voice in use or a clear message when
 * the system has no voice for the article's language. The sentence being read is highlighted and
 * kept in view (speech-highlight.ts). Speech comes in as a `SpeechPort` (the browser's by default),
 * so tests and headless browsers can supply their own.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ReadAloud, webSpeech, type ReadAloudState, type SpeechPort } from '../utils/read-aloud';
import { collectSentences, type Sentence } from '../utils/sentences';
import { SPEECH_RATES } from '../utils/settings-model';
import { formatNumber } from './article-meta';
import { useI18n } from './i18n';
import { clearSpeaking, showSpeaking } from './speech-highlight';

export interface ReadAloudBarProps {
  /** Element id, for the toggle button's aria-controls. */
  id: string;
  /** The rendered article (title and body) to read. */
  getArticle: () => Element | null;
  /** Where the article scrolls, and how much of its top the toolbar covers. */
  getScroller: () => { scroller: Element; topInset: number } | null;
  /** The article's language (BCP 47, or 'und'). */
  lang: string;
  rate: number;
  onRateChange: (rate: number) => void;
  /** The speech engine; defaults to the browser's, null where there is none. */
  speech?: SpeechPort | null;
}

const IDLE: ReadAloudState = { status: 'idle', index: -1, voice: null };

export function ReadAloudBar({ id, getArticle, getScroller, lang, rate, onRateChange, speech = webSpeech() }: ReadAloudBarProps) {
  const { t, uiLang } = useI18n();
  const [state, setState] = useState<ReadAloudState>(IDLE);
  const engine = useRef<{ reader: ReadAloud; sentences: Sentence[] } | null>(null);

  // Stop speaking and clear the highlight when the bar goes away (or the reader closes).
  useEffect(
    () => () => {
      engine.current?.reader.stop();
      const article = getArticle();
      if (article) clearSpeaking(article);
    },
    [],
  );

  useEffect(() => {
    const article = getArticle();
    const current = engine.current;
    if (!article) return;
    const sentence = current && state.status === 'playing' ? current.sentences[state.index] : undefined;
    if (!sentence) {
      if (state.status === 'idle') clearSpeaking(article);
      return;
    }
    const place = getScroller();
    const smooth = !article.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    if (place) showSpeaking(article, sentence, place.scroller, place.topInset, smooth);
  }, [state]);

  useEffect(() => engine.current?.reader.setRate(rate), [rate]);

  const reader = () => {
    if (!engine.current && speech) {
      const article = getArticle();
      const sentences = article ? collectSentences(article, lang) : [];
      const instance = new ReadAloud(
        speech,
        sentences.map((s) => s.text),
        lang,
        setState,
      );
      instance.setRate(rate);
      engine.current = { reader: instance, sentences };
    }
    return engine.current?.reader ?? null;
  };

  const playing = state.status === 'playing' || state.status === 'loading';
  const language = languageName(lang, uiLang);
  const message = !speech
    ? t('readAloudUnsupported')
    : state.status === 'loading'
      ? t('readAloudLoading')
      : state.status === 'no-voice'
        ? t('readAloudNoVoice', language)
        : state.voice
          ? t('readAloudVoice', state.voice.name)
          : '';

  return (
    <div id={id} class="bs-listen" role="group" aria-label={t('readAloudLabel')} data-testid="read-aloud">
      <button
        type="button"
        class="bs-button"
        disabled={!speech}
        onClick={() => (playing ? reader()?.pause() : void reader()?.play())}
        data-testid="read-aloud-play"
        data-state={state.status}
      >
        <span class="bs-icon" aria-hidden="true">
          {playing ? '❚❚' : '▶'}
        </span>
        {playing ? t('readAloudPause') : t('readAloudPlay')}
      </button>
      <button type="button" class="bs-button" disabled={!speech} onClick={() => reader()?.stop()} data-testid="read-aloud-stop">
        <span class="bs-icon" aria-hidden="true">
          ■
        </span>
        {t('readAloudStop')}
      </button>
      <label class="bs-speed">
        {t('readAloudSpeed')}
        <select
          class="bs-button"
          value={String(rate)}
          onChange={(event) => onRateChange(Number(event.currentTarget.value))}
          data-testid="read-aloud-speed"
        >
          {SPEECH_RATES.map((r) => (
            <option key={r} value={String(r)}>
              {t('readAloudRate', formatNumber(r, uiLang))}
            </option>
          ))}
        </select>
      </label>
      <p class="bs-listen-status" role="status" data-testid="read-aloud-status" data-status={state.status}>
        {message}
      </p>
    </div>
  );
}

/** "Hindi" / "हिन्दी" for 'hi' in the UI language; the tag itself when Intl cannot name it. */
function languageName(lang: string, uiLang: string): string {
  if (!lang || lang === 'und') return lang;
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/**
 * The reader page: a saved article from the library, with the same <Reader> as the overlay. It
 * needs no network: the article comes from IndexedDB, and an image that cannot load is replaced
 * by its alt text. The stored HTML is sanitized again here (an imported file is untrusted). The
 * reading position is saved as the reader scrolls and restored on the next visit; reaching the
 * end marks the article read.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { BUNDLED_PANELS } from '../../components/bundled-panels';
import { Reader } from '../../components/Reader';
import { useI18n } from '../../components/i18n';
import { HighlightsSession } from '../../hooks/highlights-session';
import { sanitizeHtml } from '../../utils/extract/sanitize';
import type { Article } from '../../utils/extract/types';
import { getLibrary } from '../../utils/library/connection';
import { getArticle } from '../../utils/library/read';
import { sendToBackground } from '../../utils/messaging/client';
import { type ReaderSettings } from '../../utils/settings-model';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings-store';

export interface ReaderPageProps {
  /** The saved article's id from the address, or null when it has none. */
  id: number | null;
}

type Loaded = { article: Article; progress: number; read: boolean };

/** How often (at most) the reading position is written while scrolling. */
const POSITION_EVERY_MS = 800;

/** The page's scroll position as a fraction of what can scroll. */
function scrollFraction(): number {
  const el = document.scrollingElement ?? document.documentElement;
  const max = el.scrollHeight - el.clientHeight;
  return max > 0 ? el.scrollTop / max : 0;
}

/** Replaces an image that failed to load with its alt text (nothing when it has none: it was decoration). */
function showAltText(event: Event): void {
  const img = event.target;
  if (!(img instanceof HTMLImageElement) || !img.closest('[data-testid="reader-body"], .bs-lead')) return;
  const alt = img.alt.trim();
  if (!alt) {
    img.hidden = true;
    return;
  }
  const span = document.createElement('span');
  span.className = 'bs-img-alt';
  span.setAttribute('role', 'img');
  span.setAttribute('aria-label', alt);
  span.textContent = alt;
  img.replaceWith(span);
}

export function ReaderPage({ id }: ReaderPageProps) {
  const { t } = useI18n();
  const [loaded, setLoaded] = useState<Loaded | 'missing' | null>(null);
  const [settings, setSettings] = useState<ReaderSettings | null>(null);
  const markedRead = useRef(false);
  // The saved article's highlights, through the background (the library's only writer).
  const [, setHighlightTick] = useState(0);
  const highlights = useRef<HighlightsSession | null>(null);
  highlights.current ??= new HighlightsSession(
    () => setHighlightTick((n) => n + 1),
    async () => id,
  );
  useEffect(() => {
    if (id !== null) void highlights.current?.load(id);
  }, [id]);

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    if (id === null) {
      setLoaded('missing');
      return;
    }
    void (async () => {
      const saved = await getArticle(await getLibrary(), id).catch(() => null);
      if (!saved) {
        setLoaded('missing');
        return;
      }
      document.title = saved.title;
      const article: Article = { ...saved, html: sanitizeHtml(saved.html, window) };
      markedRead.current = saved.read;
      setLoaded({ article, progress: saved.progress, read: saved.read });
    })();
  }, [id]);

  // Images: capture their load errors (error events do not bubble).
  useEffect(() => {
    document.addEventListener('error', showAltText, true);
    return () => document.removeEventListener('error', showAltText, true);
  }, []);

  const ready = loaded !== null && loaded !== 'missing' && settings !== null;

  // Restore the position once the article is laid out, then keep it up to date.
  useEffect(() => {
    if (!ready || id === null) return;
    const el = document.scrollingElement ?? document.documentElement;
    el.scrollTop = loaded.progress * (el.scrollHeight - el.clientHeight);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const save = () => {
      timer = null;
      void sendToBackground('library:set-progress', { id, progress: scrollFraction() }).catch(() => {});
    };
    const onScroll = () => {
      timer ??= setTimeout(save, POSITION_EVERY_MS);
    };
    // Leaving the page with a position not yet written: write it now.
    const flush = () => {
      if (timer === null) return;
      clearTimeout(timer);
      save();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', flush);
      if (timer) clearTimeout(timer);
    };
    // Only when the article first becomes ready: later position changes come from the reader.
  }, [ready, id]);

  // Reaching the article's footer marks it read (once).
  useEffect(() => {
    if (!ready || id === null) return;
    const footer = document.querySelector('.bs-footer');
    if (!footer) return;
    const observer = new IntersectionObserver((entries) => {
      if (markedRead.current || !entries.some((entry) => entry.isIntersecting)) return;
      markedRead.current = true;
      void sendToBackground('library:set-read', { ids: [id], read: true }).catch(() => {});
    });
    observer.observe(footer);
    return () => observer.disconnect();
  }, [ready, id]);

  // The way back to the library, for a tab the popup opened on this article.
  const back = (
    <nav class="bs-page-nav">
      <a href="/library.html" data-testid="reader-back">
        <span class="bs-back-arrow" aria-hidden="true">
          ←
        </span>
        {t('readerPageBackToLibrary')}
      </a>
    </nav>
  );
  if (loaded === 'missing') {
    return (
      <>
        {back}
        <p class="bs-page-message" role="alert" data-testid="reader-page-missing">
          {t('readerPageMissing')}
        </p>
      </>
    );
  }
  if (!ready) {
    return (
      <p class="bs-page-message" role="status">
        {t('readerPageLoading')}
      </p>
    );
  }
  return (
    <Reader
      panels={BUNDLED_PANELS}
      article={loaded.article}
      settings={settings}
      mode="page"
      nav={back}
      highlights={highlights.current.view}
      onSettingsChange={(change) => void updateSettings(change).then(setSettings)}
    />
  );
}

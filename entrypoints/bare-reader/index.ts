/**
 * The bench's "bare reader" (e2e builds only: wxt.config.ts drops it from every other build). The
 * least a reader extension can do, built and injected the way Broadsheet's overlay is (a WXT
 * unlisted script, `scripting.executeScript({ files, injectImmediately })` from the background on
 * the bench's e2e-only message, entrypoints/background/bare-reader-trigger.ts), so that
 * `npm run bench:reader` can say what Broadsheet's open costs over it, like for like:
 * `new Readability(document.cloneNode(true)).parse()`, DOMPurify (its defaults) over the content,
 * and the title and content put into a shadow root with a small inline stylesheet, in one task.
 *
 * Not product code: no pipeline, metadata, settings, messaging, top layer, scroll lock or focus.
 * Each injection replaces the previous copy's host (the bench's warm open injects it again: a
 * script with no listener has no other way to be asked twice). The root is open so the bench can
 * read the title back (open or closed costs the same). Phase marks (`broadsheet:bare-*`) let the
 * bench split parse, sanitize and render.
 */
import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

/** The host element, appended to <html> like Broadsheet's (the bench's paint watcher looks for it). */
const HOST = 'broadsheet-bare-reader';

const CSS = `:host{all:initial;position:fixed;inset:0;z-index:2147483647;overflow:auto;background:#fbf8f1;color:#1f1f1f}
article{box-sizing:border-box;max-width:40rem;margin:0 auto;padding:2rem 1.25rem;font:1.125rem/1.6 Georgia,serif}
h1{font-size:2rem;line-height:1.2;margin:0 0 1.5rem}img,video,figure{max-width:100%;height:auto}a{color:#1a4f8b}`;

export default defineUnlistedScript(() => {
  performance.mark('broadsheet:bare-script');
  document.querySelector(`html > ${HOST}`)?.remove();
  const parsed = new Readability(document.cloneNode(true) as Document).parse();
  performance.mark('broadsheet:bare-parsed');
  const content = DOMPurify.sanitize(parsed?.content ?? '');
  performance.mark('broadsheet:bare-sanitized');
  const host = document.createElement(HOST);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const article = document.createElement('article');
  const title = document.createElement('h1');
  title.textContent = parsed?.title ?? '';
  const body = document.createElement('div');
  body.innerHTML = content;
  article.append(title, body);
  root.append(style, article);
  document.documentElement.append(host);
  performance.mark('broadsheet:bare-rendered');
});

/**
 * Is this page an article? Readability's `isProbablyReaderable` only counts <p> and <pre> text,
 * so div-based CMS pages (text in <div>s separated by <br>) come out "not an article". This check
 * also counts text-bearing divs, and takes the page's own word for it (JSON-LD Article types,
 * og:type=article) when the text agrees. Pure: reads `doc`, changes nothing.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { descendants } from './signals';

const META_OR_SCRIPT = new Set(['META', 'SCRIPT']);
const SCRIPT = new Set(['SCRIPT']);
const PROSE_HOLDERS = new Set(['P', 'PRE', 'DIV', 'TD', 'SECTION', 'ARTICLE', 'LI']);

const MIN_BLOCK_CHARS = 140;
const MIN_SCORE = 20;

/** Text directly inside `el` (its own text nodes, not its children's), whitespace folded. */
function ownText(el: Element): string {
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) text += n.nodeValue ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

function declaresArticle(doc: Document): boolean {
  const head = doc.head ? descendants(doc.head, META_OR_SCRIPT) : [];
  if (
    head.some((m) => m.tagName === 'META' && m.getAttribute('property') === 'og:type' && /article/i.test(m.getAttribute('content') ?? ''))
  )
    return true;
  for (const script of [...head, ...(doc.body ? descendants(doc.body, SCRIPT) : [])]) {
    if (script.tagName !== 'SCRIPT' || script.getAttribute('type') !== 'application/ld+json') continue;
    if (
      /"@type"\s*:\s*\[?\s*"(?:News|Blog|Scholarly|Tech|Report)?(?:Article|Posting|BlogPosting|LiveBlogPosting)"/.test(
        script.textContent ?? '',
      )
    )
      return true;
  }
  return false;
}

/**
 * True when `doc` probably holds an article: Readability says so, or blocks of prose (paragraphs,
 * or divs whose own text is prose) add up as Readability's measure would.
 */
export function isProbablyArticle(doc: Document): boolean {
  if (!doc.body) return false;
  if (isProbablyReaderable(doc)) return true;
  let score = 0;
  let blocks = 0;
  const els = descendants(doc.body, PROSE_HOLDERS);
  for (let i = 0; i < els.length && i < 50_000; i++) {
    const el = els[i]!;
    if (el.closest('nav, footer, aside, form')) continue;
    const text = el.tagName === 'P' || el.tagName === 'PRE' ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : ownText(el);
    // Scripts without spaces say more in fewer characters.
    const min = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) ? MIN_BLOCK_CHARS / 3 : MIN_BLOCK_CHARS;
    if (text.length < min) continue;
    blocks++;
    score += Math.sqrt(text.length - min);
    if (score > MIN_SCORE && (blocks >= 3 || declaresArticle(doc))) return true;
  }
  return score > MIN_SCORE * 2;
}

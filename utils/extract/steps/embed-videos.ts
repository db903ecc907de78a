/**
 * Video embeds: the sanitizer forbids iframes (they would run the embedder's code in our UI), so
 * a YouTube or Vimeo player would silently vanish from the story. This step turns each into a link
 * card (a <figure>: thumbnail where the address gives one, and the player's title) before
 * Readability runs, replacing the player's empty wrappers too, so the card is kept like any figure.
 */
import { descendants } from '../signals';
import type { Step } from './step';

const PLAYERS = new Set(['IFRAME', 'EMBED', 'OBJECT', 'AMP-YOUTUBE', 'AMP-VIMEO']);
/** Elements that only wrap a player (sizing boxes, embed blocks) go with it when they hold nothing else. */
const WRAPPERS = new Set(['DIV', 'SPAN', 'P', 'FIGURE']);
/** Where a player keeps its address: lazy players park `about:blank` in `src` and the real one in `data-src`. */
const ADDRESS_ATTRS = ['src', 'data-src', 'data-lazy-src', 'data'];

interface Video {
  href: string;
  thumbnail: string | null;
}

const YOUTUBE = /^(?:https?:)?\/\/(?:www\.|m\.)?(?:youtube(?:-nocookie)?\.com\/(?:embed|v|shorts)\/|youtu\.be\/)([\w-]{6,})/i;
const VIMEO = /^(?:https?:)?\/\/(?:player\.)?vimeo\.com\/(?:video\/)?(\d+)/i;
const DAILYMOTION = /^(?:https?:)?\/\/(?:www\.)?dailymotion\.com\/embed\/video\/(\w+)/i;

/** The watch page and thumbnail for a player address, or null if it is not a known video host. */
export function videoFor(src: string): Video | null {
  let m = YOUTUBE.exec(src);
  if (m) return { href: `https://www.youtube.com/watch?v=${m[1]}`, thumbnail: `https://i.ytimg.com/vi/${m[1]}/hqdefault.jpg` };
  m = VIMEO.exec(src);
  if (m) return { href: `https://vimeo.com/${m[1]}`, thumbnail: null };
  m = DAILYMOTION.exec(src);
  if (m) return { href: `https://www.dailymotion.com/video/${m[1]}`, thumbnail: `https://www.dailymotion.com/thumbnail/video/${m[1]}` };
  return null;
}

export const embedVideos: Step = (root, { doc }) => {
  for (const frame of descendants(root, PLAYERS)) {
    // AMP players name only the id; the tag says the host.
    const id = frame.getAttribute('data-videoid')?.trim();
    const amp = id && (frame.tagName === 'AMP-YOUTUBE' ? `//youtu.be/${id}` : `//vimeo.com/${id}`);
    let video: Video | null = null;
    for (const attr of ADDRESS_ATTRS) video ??= videoFor(frame.getAttribute(attr)?.trim() ?? '');
    video ??= amp ? videoFor(amp) : null;
    if (!video) continue;
    // A figure, standing in for the player's text-free wrappers too: Readability drops a wrapper
    // <div> that holds only a link ("low weight and a little linky"), but never judges a figure.
    const card = doc.createElement('figure');
    card.setAttribute('class', 'broadsheet-video');
    const link = doc.createElement('a');
    link.setAttribute('href', video.href);
    if (video.thumbnail) {
      const img = doc.createElement('img');
      img.setAttribute('src', video.thumbnail);
      img.setAttribute('alt', '');
      link.appendChild(img);
      link.appendChild(doc.createElement('br'));
    }
    // The player's own title names the video; the host name stands in when there is none.
    link.appendChild(doc.createTextNode(frame.getAttribute('title')?.trim() || new URL(video.href).hostname.replace(/^www\./, '')));
    card.appendChild(link);
    let target: Element = frame;
    for (
      let p = frame.parentElement;
      p && p !== root && WRAPPERS.has(p.tagName) && p.childElementCount === 1 && !p.textContent?.trim();
      p = p.parentElement
    )
      target = p;
    target.replaceWith(card);
  }
};

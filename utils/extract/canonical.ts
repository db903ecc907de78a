/**
 * The address that identifies an article in the library (saving it twice updates one entry): the
 * page's canonical link or og:url when it gives a usable web address, else the page's own URL.
 * Either way without what only tracks the visit (utm_* and ad-click ids) or points inside the
 * page (#fragment), so the same story shared through different links is saved once.
 */

/** Query parameters that say where a visitor came from, not which page it is. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|yclid|twclid|ttclid|ocid|cmpid)$/i;

/** The address of `url` without tracking parameters and #fragment; a string that is no URL comes back as given. */
export function withoutTracking(url: string): string {
  try {
    return clean(new URL(url));
  } catch {
    return url;
  }
}

export function canonicalUrl(doc: Document, url: string): string {
  const declared =
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return url; // not a URL we can clean (a test's or a tool's placeholder): it identifies the page as given
  }
  try {
    const c = declared ? new URL(declared.trim(), url) : null;
    if (c && (c.protocol === 'http:' || c.protocol === 'https:')) address = c;
  } catch {
    // an unusable canonical link: the page's own URL identifies it
  }
  return clean(address);
}

function clean(address: URL): string {
  // The query as a string, not searchParams: in a Firefox content script URL objects come through
  // Xray wrappers whose iterators cannot be spread ("keys() is not iterable").
  const kept = address.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING.test(pair.split('=')[0] ?? ''));
  address.search = kept.length ? `?${kept.join('&')}` : '';
  address.hash = '';
  return address.href;
}

/**
 * Which of the user's site rules is for a page. Exact host ("www." and the bare host are one site,
 * a subdomain is another: news.example.org is not example.org), then the longest matching path
 * prefix, so a rule for /sport/ beats the site-wide "/". One pass over the rules with no work per
 * rule beyond two string comparisons: the overlay runs this on every open, with every rule stored.
 */
import type { SiteRule } from './site-rule';

/** The host as rules compare it: lower case, without a leading "www.". */
export function siteKey(host: string): string {
  const h = host.toLowerCase();
  return h.startsWith('www.') ? h.slice(4) : h;
}

/** Host key and path of a page's address, or null when it is not an http(s) URL. */
function pageOf(url: string): { key: string; path: string } | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return { key: siteKey(u.hostname), path: u.pathname || '/' };
}

/** `path` is under `prefix` at a "/" boundary: "/news" covers /news and /news/x, not /newsletter. */
export function pathUnder(path: string, prefix: string): boolean {
  if (!path.startsWith(prefix)) return false;
  return prefix.endsWith('/') || path.length === prefix.length || path[prefix.length] === '/';
}

/** Whether `rule` is for the page at `url` (same site, path under its prefix). */
export function ruleApplies(rule: SiteRule, url: string): boolean {
  const page = pageOf(url);
  return !!page && siteKey(rule.site) === page.key && pathUnder(page.path, rule.pathPrefix);
}

/**
 * The rule for the page at `url`: among the rules for its site whose prefix covers its path, the one
 * with the longest prefix (the first of equals, in the order given); null when none is for it.
 * Linear in the number of rules.
 */
export function chooseRule(rules: readonly SiteRule[], url: string): SiteRule | null {
  const page = pageOf(url);
  if (!page) return null;
  let best: SiteRule | null = null;
  for (const rule of rules) {
    if (best && rule.pathPrefix.length <= best.pathPrefix.length) continue;
    if (siteKey(rule.site) === page.key && pathUnder(page.path, rule.pathPrefix)) best = rule;
  }
  return best;
}

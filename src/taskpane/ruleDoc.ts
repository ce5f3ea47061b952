/**
 * The page that explains a rule (docs/rules/<id>.md), fetched when the user asks for it, never
 * bundled: webpack.config.js copies the pages to dist/docs/rules/, beside taskpane.html, so the
 * same relative URL works inside Excel, in browser mode and under the dev server. Each page holds
 * both languages; the pane shows the section of its own (`## Bahasa Indonesia` / `## English`).
 */
import type { Lang } from '../engine/settings';
import { ruleInfo } from '../engine/rules/registry';

/** The headings that open each language's section of a page. */
export const SECTION_HEADINGS: Record<Lang, string> = { id: 'Bahasa Indonesia', en: 'English' };

/** The page's URL relative to the pane's page, or null for an id that is not a known rule. */
export function ruleDocUrl(rule: string): string | null {
  if (!ruleInfo(rule) || !/^[a-z]+(\.[a-z-]+)+$/.test(rule)) return null;
  return `docs/rules/${rule}.md`;
}

export type Fetcher = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

/** Pages already read, by URL: a page is fetched once per session (a failure is not remembered). */
const cache = new Map<string, Promise<string>>();

/**
 * The page's Markdown. Rejects when the rule is unknown or the page cannot be read: offline, a
 * server without the page (404), or a page opened from disk (file://), where browsers refuse fetch.
 */
export function loadRuleDoc(rule: string, fetcher: Fetcher = (url) => fetch(url)): Promise<string> {
  const url = ruleDocUrl(rule);
  if (!url) return Promise.reject(new Error(`unknown rule ${rule}`));
  const known = cache.get(url);
  if (known) return known;
  const p = Promise.resolve()
    .then(() => fetcher(url))
    .then(async (res) => {
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return res.text();
    });
  cache.set(url, p);
  p.catch(() => cache.delete(url));
  return p;
}

/** Forgets the pages read so far (tests). */
export function clearRuleDocCache(): void {
  cache.clear();
}

/**
 * The section of one language: the lines after its `## ` heading up to the next `## ` (or `# `)
 * heading. A page without the section is shown whole rather than not at all.
 */
export function ruleDocSection(markdown: string, lang: Lang): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const want = SECTION_HEADINGS[lang].toLowerCase();
  const start = lines.findIndex(
    (l) =>
      /^##\s/.test(l) &&
      l
        .replace(/^##\s+/, '')
        .trim()
        .toLowerCase() === want,
  );
  if (start < 0) return markdown;
  let end = lines.length;
  let fenced = false;
  for (let i = start + 1; i < lines.length; i++) {
    if (/^\s*(```|~~~)/.test(lines[i])) fenced = !fenced;
    if (!fenced && /^#{1,2}\s/.test(lines[i])) {
      end = i;
      break;
    }
  }
  return lines
    .slice(start + 1, end)
    .join('\n')
    .trim();
}

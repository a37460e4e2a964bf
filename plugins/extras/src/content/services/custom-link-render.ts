/**
 * Renders a custom link for one object (NetBox's CustomLink.render): the link text and URL
 * templates get the object — as its serializer shows it — under `object`, plus `user` and `debug`.
 * As NetBox: both are stripped, the URL is percent-quoted and dropped when its scheme is not an
 * allowed one; an empty text means NetBox would not show the link.
 */
import { renderTemplate } from '../../templating/render.js';

/** NetBox's default ALLOWED_URL_SCHEMES. */
export const ALLOWED_URL_SCHEMES = ['file', 'ftp', 'ftps', 'http', 'https', 'irc', 'mailto', 'sftp', 'ssh', 'tel', 'telnet', 'tftp', 'vnc', 'xmpp'];

/** Python's urllib.parse.quote(link, safe='/:?&=%+[]@#,;!'). */
export function quoteUrl(link: string): string {
  const safe = /[A-Za-z0-9_.\-~/:?&=%+[\]@#,;!]/;
  let out = '';
  for (const ch of link) {
    if (safe.test(ch)) out += ch;
    else for (const byte of Buffer.from(ch, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The rendered `{text, url}` of a link for an object. */
export function renderCustomLink(link: { link_text: string; link_url: string }, context: Record<string, unknown>): { text: string; url: string } {
  const text = renderTemplate(link.link_text, context).trim();
  if (!text) return { text: '', url: '' };
  let url = quoteUrl(renderTemplate(link.link_url, context).trim());
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme && !ALLOWED_URL_SCHEMES.includes(scheme)) url = '';
  return { text, url };
}

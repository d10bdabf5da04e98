// Turns what a producer pastes or drops into articles for the engine: {file, bytes, label}.
// Text files go to the engine as they are (it judges encoding, emptiness and binary data
// itself, with the same messages as the CLI). HTML is reduced to its text with DOMParser,
// which builds an inert document: its scripts never run and its images never load.

const encoder = new TextEncoder();
const HTML_EXT = /\.(html?|xhtml)$/i;
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL']);
const DROP = 'script, style, noscript, template, iframe, object, embed, svg, canvas, nav, form, button, select, textarea';

// Text of an element with paragraph breaks where the blocks are (plain textContent would run
// paragraphs together and merge their sentences).
function blockText(root) {
  const out = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.push(child.data.replace(/\s+/g, ' '));
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.tagName === 'BR') out.push('\n');
        const block = BLOCK.has(child.tagName);
        if (block) out.push('\n\n');
        walk(child);
        if (block) out.push('\n\n');
      }
    }
  };
  walk(root);
  return out.join('').replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

// Renames on* attributes inside tags before parsing. DOMParser never runs them, but Chromium
// still checks each inline handler it parses against the page's Content Security Policy and
// logs a violation; renamed, they are plain data attributes. The scan follows quotes, so a
// '>' inside an attribute value does not end the tag early.
export function neutraliseHandlers(html) {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (!/[a-zA-Z]/.test(html[lt + 1] || '')) {
      out += html.slice(i, lt + 1);
      i = lt + 1;
      continue;
    }
    let j = lt + 1;
    let quote = null;
    for (; j < html.length; j++) {
      const c = html[j];
      if (quote) { if (c === quote) quote = null; }
      else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    const tag = html.slice(lt, j);
    out += html.slice(i, lt) + tag.replace(/([\s\/"'])on([a-z]+\s*=)/gi, '$1data-was-on$2');
    i = j;
  }
  return out + html.slice(i);
}

const oneLine = (s) => String(s || '').replace(/\s+/g, ' ').trim();

// An HTML page as an article file: header lines (Title, Source, Date) from its metadata when
// present, then the text of its <article>, <main> or <body>.
export function htmlToArticle(html) {
  const doc = new DOMParser().parseFromString(neutraliseHandlers(html), 'text/html');
  const meta = (sel) => oneLine(doc.querySelector(sel)?.getAttribute('content'));
  const title = oneLine(doc.querySelector('h1')?.textContent) || meta('meta[property="og:title"]') || oneLine(doc.title);
  const source = meta('meta[property="og:site_name"]') || meta('meta[name="publisher"]');
  const when = meta('meta[property="article:published_time"]') || doc.querySelector('time[datetime]')?.getAttribute('datetime') || '';
  const date = /^\d{4}-\d{2}-\d{2}/.exec(when)?.[0];
  doc.querySelectorAll(DROP).forEach((n) => n.remove());
  const body = doc.querySelector('article') || doc.querySelector('main') || doc.body;
  const text = body ? blockText(body) : '';
  const header = [title && `Title: ${title}`, source && `Source: ${source}`, date && `Date: ${date}`].filter(Boolean);
  if (!text) return '';
  return header.length ? `${header.join('\n')}\n\n${text}\n` : `${text}\n`;
}

export async function fileToArticle(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const isHtml = HTML_EXT.test(file.name) || file.type === 'text/html';
  // Binary data is left to the engine, which rejects it with a clear message.
  if (isHtml && !bytes.includes(0)) {
    const text = htmlToArticle(new TextDecoder('utf-8').decode(bytes));
    return { file: file.name.replace(HTML_EXT, '.txt'), bytes: encoder.encode(text), label: file.name };
  }
  return { file: file.name, bytes, label: file.name };
}

export function textToArticle(text, name) {
  return { file: name, bytes: encoder.encode(text), label: name };
}

// Keeps file names unique in the list: the engine derives article ids from them.
export function uniqueName(name, taken) {
  const clean = String(name).replace(/[\\/]/g, '_').replace(/^\.+/, '') || 'article.txt';
  if (!taken.has(clean)) return clean;
  const m = /^(.*?)(\.[^.]*)?$/.exec(clean);
  for (let n = 2; ; n++) {
    const candidate = `${m[1]}-${n}${m[2] || ''}`;
    if (!taken.has(candidate)) return candidate;
  }
}

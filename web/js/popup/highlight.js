// Wraps the place's surface forms within a sentence in <mark>. The engine gives byte offsets
// into the article, not into the sentence, so the position is found in the sentence text
// itself (which contains the surface text). Everything is built from text nodes.
import { el } from '../util/dom.js';

// Ranges [start, end) of every occurrence of any of `texts` in `sentence`; exact case first,
// case-insensitive only for a text that does not occur as written. Overlaps keep the longer.
export function findRanges(sentence, texts) {
  const ranges = [];
  const lower = sentence.toLowerCase();
  for (const text of new Set(texts.filter((t) => typeof t === 'string' && t.trim()))) {
    let hay = sentence;
    let needle = text;
    if (!sentence.includes(text)) {
      hay = lower;
      needle = text.toLowerCase();
    }
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) {
      ranges.push([i, i + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

// A fragment: sentence text with the ranges in <mark>. A list marker the article's layout
// left at the start of the sentence ("- Kim traveled…") is not part of the quote.
export function highlight(text, texts, markClass = null) {
  const sentence = String(text).replace(/^\s*[-–—•*]\s+/, '');
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const [s, e] of findRanges(sentence, texts)) {
    if (s > at) frag.appendChild(document.createTextNode(sentence.slice(at, s)));
    frag.appendChild(el('mark', markClass ? { class: markClass } : null, sentence.slice(s, e)));
    at = e;
  }
  if (at < sentence.length) frag.appendChild(document.createTextNode(sentence.slice(at)));
  return frag;
}

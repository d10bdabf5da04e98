// The sentences a leg or an event rests on, each credited, and the fields the sources
// disagree on ("Sources disagree on date: March 2019 (…) vs February 2019 (…)").
import { el } from '../util/dom.js';
import { formatDate } from '../util/format.js';
import { highlight } from './highlight.js';
import { excerpt, shortArticleLabel } from './citation.js';

const FIRST = 3;

// The first few sentences, and a button for the rest.
export function evidenceList(evidence, model, names = []) {
  const seen = new Set();
  const items = [];
  for (const ev of evidence) {
    const sentence = typeof ev === 'string' ? ev : ev?.sentence;
    if (typeof sentence !== 'string' || !sentence) continue;
    const key = `${ev.article}\u0000${sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(excerpt(highlight(sentence, names), model.articles.get(ev.article), ev.article));
  }
  if (!items.length) return null;
  const list = el('div', { class: 'sm-excerpts' }, items.slice(0, FIRST));
  if (items.length <= FIRST) return list;
  const more = el('button', {
    type: 'button',
    class: 'sm-more',
    on: {
      click: (e) => {
        e.stopPropagation();
        items.slice(FIRST).forEach((item) => list.appendChild(item));
        more.remove();
      },
    },
  }, `Show ${items.length - FIRST} more`);
  return el('div', null, list, more);
}

function showValue(field, value) {
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (field === 'date' && typeof value === 'string') return formatDate(value);
  return String(value ?? '—');
}

export function disagreementNotes(disagreements, model) {
  if (!disagreements.length) return null;
  return el('ul', { class: 'sm-disagreements', 'aria-label': 'Disagreements between sources' },
    disagreements.map((d) => {
      const parts = [];
      d.values.forEach((v, i) => {
        if (i) parts.push(' vs ');
        parts.push(el('strong', { title: typeof v.value === 'string' ? v.value : null }, showValue(d.field, v.value)));
        const article = model.articles.get(v.article);
        parts.push(' (', el('span', { title: article?.title || null }, shortArticleLabel(article, String(v.article))), ')');
      });
      return el('li', { class: 'sm-disagreement' }, `Sources disagree on ${d.field}: `, parts);
    }));
}

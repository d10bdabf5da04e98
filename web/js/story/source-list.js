// The articles the story was built from: source, headline and date (with how the date was
// found), so the reader can see what the map rests on.
import { el, clear } from '../util/dom.js';
import { formatDate } from '../util/format.js';

const BASIS = { header: 'from the header', dateline: 'from the dateline', inferred: 'inferred from the other articles', unknown: 'date unknown' };

export function renderSources(list, model) {
  clear(list);
  for (const a of model.articleList) {
    list.appendChild(el('li', { class: 'sm-source' },
      a.source ? el('span', { class: 'sm-source-name' }, a.source) : null,
      el('span', { class: 'sm-source-title' }, a.title || a.file || a.id),
      el('span', { class: 'sm-source-date' },
        a.date ? el('time', { datetime: a.date }, formatDate(a.date)) : null,
        a.date ? ` · ${BASIS[a.date_basis] || ''}` : BASIS.unknown)));
  }
}

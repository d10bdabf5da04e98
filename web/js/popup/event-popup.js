// An event's popup (a summit, a meeting, an arrival…): what, where, when, who, the sentences
// it rests on and where the sources disagree.
import { el } from '../util/dom.js';
import { formatDate, capitalise } from '../util/format.js';
import { placeName } from '../story/model.js';
import { evidenceList, disagreementNotes } from './evidence.js';

export function eventTitle(ev, model) {
  const where = placeName(model, ev.place, null);
  return where ? `${capitalise(ev.type)} in ${where}` : capitalise(ev.type);
}

export function eventPopup(ev, model) {
  const where = placeName(model, ev.place, null);
  const facts = el('dl', { class: 'sm-facts' },
    el('dt', null, 'When'), el('dd', null, ev.date ? el('time', { datetime: ev.date }, formatDate(ev.date)) : 'Not known',
      ev.planned ? el('span', { class: 'sm-badge sm-badge--planned' }, 'Planned') : null),
    ev.participants.length ? [el('dt', null, 'Who'), el('dd', null, ev.participants.join(', '))] : null);
  return el('article', { class: 'sm-popup sm-popup--event', 'aria-label': eventTitle(ev, model) },
    el('header', { class: 'sm-popup-head' },
      el('h2', { class: 'sm-popup-title', tabindex: '-1' }, eventTitle(ev, model))),
    facts,
    disagreementNotes(ev.disagreements, model),
    evidenceList(ev.evidence, model, [where, ...ev.participants].filter(Boolean)));
}

// A journey leg's popup: from, to, how and when, whether the text is sure of it, and the
// sentences it rests on.
import { el } from '../util/dom.js';
import { formatDate, capitalise } from '../util/format.js';
import { placeName } from '../story/model.js';
import { evidenceList } from './evidence.js';

const MODE = { train: 'By train', car: 'By car', plane: 'By plane', ship: 'By ship' };

export function legTitle(leg, model) {
  return `${placeName(model, leg.from, 'Unknown start')} → ${placeName(model, leg.to, 'unknown end')}`;
}

export function legSubtitle(leg) {
  return [MODE[leg.mode] || (leg.mode ? capitalise(leg.mode) : 'Journey'), leg.date ? formatDate(leg.date) : null]
    .filter(Boolean).join(' · ');
}

export function legPopup(leg, model) {
  const names = [placeName(model, leg.from, null), placeName(model, leg.to, null)].filter(Boolean);
  return el('article', { class: 'sm-popup sm-popup--leg', 'aria-label': legTitle(leg, model) },
    el('header', { class: 'sm-popup-head' },
      el('h2', { class: 'sm-popup-title', tabindex: '-1' }, legTitle(leg, model)),
      el('p', { class: 'sm-popup-meta' },
        legSubtitle(leg),
        leg.traveller ? ` · ${leg.traveller}` : null,
        leg.certain ? null : [' · ', el('span', { class: 'sm-badge sm-badge--uncertain' }, 'Uncertain route')])),
    evidenceList(leg.evidence, model, names));
}

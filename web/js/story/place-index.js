// The places as a list: the keyboard and screen-reader way into every marker, most-named
// first, towns and landmarks before countries and seas.
import { el, clear } from '../util/dom.js';

export function renderPlaceIndex(list, model, onChoose) {
  clear(list);
  const sorted = [...model.places].sort((a, b) =>
    (a.area - b.area) || (b.mentionCount - a.mentionCount) || a.name.localeCompare(b.name));
  for (const place of sorted) {
    list.appendChild(el('li', null,
      el('button', {
        type: 'button',
        class: `sm-chip sm-chip--${place.role}${place.area ? ' sm-chip--area' : ''}`,
        'data-place': place.id,
        'aria-label': `${place.name}, ${place.mentionCount} mentions`,
        on: { click: () => onChoose(place.id) },
      }, el('span', { class: 'sm-chip-dot', 'aria-hidden': 'true' }), place.name,
      el('span', { class: 'sm-chip-count', 'aria-hidden': 'true' }, String(place.mentionCount)))));
  }
}

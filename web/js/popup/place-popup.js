// A place's popup: its name, what it is, and every sentence that names it, each with the
// name highlighted and credited to its article. Long lists show the first few and a button
// for the rest, so a country named forty times does not bury the map.
import { el } from '../util/dom.js';
import { plural, capitalise } from '../util/format.js';
import { highlight } from './highlight.js';
import { excerpt } from './citation.js';

const FIRST = 5;

const ROLE_LABEL = { stop: 'Journey stop', meeting: 'Meeting place', mentioned: null };

let regionNames = null;
function countryName(code) {
  if (!code) return null;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(String(code).toUpperCase());
  } catch {
    return String(code);
  }
}

// Mentions grouped by sentence (a sentence naming the place twice is quoted once), in story
// order: articles as listed, then position in the article. Demonym-only sentences go last.
export function groupExcerpts(place, model) {
  const groups = new Map();
  for (const m of place.mentions) {
    const key = `${m.article}\u0000${m.sentence}`;
    let g = groups.get(key);
    if (!g) {
      g = { article: m.article, sentence: m.sentence, texts: [], start: Number(m.start) || 0, demonymOnly: true };
      groups.set(key, g);
    }
    g.texts.push(m.text);
    if (!m.demonym) g.demonymOnly = false;
  }
  const order = (id) => model.articles.get(id)?.order ?? 1e9;
  return [...groups.values()].sort((a, b) =>
    (a.demonymOnly - b.demonymOnly) || (order(a.article) - order(b.article)) || (a.start - b.start));
}

export function placePopup(place, model) {
  const groups = groupExcerpts(place, model);
  const kind = [capitalise(place.type), place.type !== 'country' ? countryName(place.country) : null]
    .filter(Boolean).join(' · ');
  const role = ROLE_LABEL[place.role];
  const list = el('div', { class: 'sm-excerpts' });
  const render = (g) => list.appendChild(
    excerpt(highlight(g.sentence, g.texts), model.articles.get(g.article), g.article));
  groups.slice(0, FIRST).forEach(render);

  let more = null;
  if (groups.length > FIRST) {
    more = el('button', {
      type: 'button',
      class: 'sm-more',
      on: {
        click: (e) => {
          e.stopPropagation();
          groups.slice(FIRST).forEach(render);
          more.remove();
        },
      },
    }, `Show ${plural(groups.length - FIRST, 'more excerpt')}`);
  }
  return el('article', { class: `sm-popup sm-popup--place sm-role-${place.role}`, 'aria-label': place.name },
    el('header', { class: 'sm-popup-head' },
      el('h2', { class: 'sm-popup-title', tabindex: '-1' }, place.name),
      el('p', { class: 'sm-popup-meta' },
        role ? [el('span', { class: 'sm-badge' }, role), ' '] : null,
        kind,
        ` · ${plural(place.mentionCount, 'mention')} in ${plural(place.articleCount, 'article')}`)),
    list,
    more);
}

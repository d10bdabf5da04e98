// The story as StoryMapJS JSON, so StoryMapJS users can carry a story over: an overview slide,
// then one slide per step of the timeline (events and journey legs, in time order) or, when the
// story has none, per most-named town. Slide text is HTML in StoryMapJS, so every piece of
// article text is escaped here.
import { formatDate, capitalise, plural } from '../util/format.js';
import { eventTitle } from '../popup/event-popup.js';
import { legTitle, legSubtitle } from '../popup/leg-popup.js';
import { articleLabel } from '../popup/citation.js';

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]);

function quotes(evidence, model, max = 3) {
  return evidence.slice(0, max).map((e) =>
    `<blockquote>${escapeHtml(e.sentence)}<br><cite>${escapeHtml(articleLabel(model.articles.get(e.article)))}</cite></blockquote>`).join('');
}

function eventSlide(ev, model) {
  const who = ev.participants.length ? `<p>${escapeHtml(ev.participants.join(', '))}</p>` : '';
  const disagree = ev.disagreements.map((d) =>
    `<p><em>Sources disagree on ${escapeHtml(d.field)}: ${d.values.map((v) =>
      `${escapeHtml(d.field === 'date' ? formatDate(v.value) : v.value)} (${escapeHtml(articleLabel(model.articles.get(v.article)))})`).join(' vs ')}</em></p>`).join('');
  return {
    date: ev.date || undefined,
    location: { lat: ev.latlng[0], lon: ev.latlng[1], name: model.placeById.get(ev.place)?.name, zoom: 7, line: false },
    text: { headline: escapeHtml(eventTitle(ev, model)), text: `${ev.date ? `<p>${escapeHtml(formatDate(ev.date))}</p>` : ''}${who}${disagree}${quotes(ev.evidence, model)}` },
  };
}

function legSlide(leg, model) {
  const end = leg.latlngs[leg.latlngs.length - 1];
  return {
    date: leg.date || undefined,
    location: { lat: end[0], lon: end[1], name: model.placeById.get(leg.to)?.name, zoom: 6, line: true },
    text: {
      headline: escapeHtml(legTitle(leg, model)),
      text: `<p>${escapeHtml(legSubtitle(leg))}${leg.traveller ? ` · ${escapeHtml(leg.traveller)}` : ''}${leg.certain ? '' : ' · uncertain'}</p>${quotes(leg.evidence, model)}`,
    },
  };
}

function placeSlide(place, model) {
  const seen = new Set();
  const ev = [];
  for (const m of place.mentions) {
    if (!seen.has(m.sentence)) ev.push({ sentence: m.sentence, article: m.article });
    seen.add(m.sentence);
  }
  return {
    location: { lat: place.latlng[0], lon: place.latlng[1], name: place.name, zoom: 7, line: false },
    text: { headline: escapeHtml(place.name), text: `<p>${escapeHtml(capitalise(place.type))} · ${plural(place.mentionCount, 'mention')}</p>${quotes(ev, model)}` },
  };
}

export function storyToStoryMapJS(model, { headline = 'Story map' } = {}) {
  const steps = model.steps.map((s) => (s.kind === 'event' ? eventSlide(s.item, model) : legSlide(s.item, model)));
  const slides = steps.length ? steps : [...model.places].filter((p) => !p.area)
    .sort((a, b) => b.mentionCount - a.mentionCount).slice(0, 12).map((p) => placeSlide(p, model));
  const sources = model.articleList.map((a) => `<li>${escapeHtml(articleLabel(a))}${a.date ? ` (${escapeHtml(formatDate(a.date))})` : ''}</li>`).join('');
  return {
    storymap: {
      language: 'en',
      map_type: 'osm:standard',
      map_as_image: false,
      calculate_zoom: true,
      attribution: 'Places: GeoNames. Built with storymap.',
      slides: [
        {
          type: 'overview',
          text: { headline: escapeHtml(headline), text: `<p>${plural(model.articleList.length, 'article')}, ${plural(model.places.length, 'place')}.</p><ul>${sources}</ul>` },
        },
        ...slides.map((s) => JSON.parse(JSON.stringify(s))), // drops undefined members
      ],
    },
  };
}

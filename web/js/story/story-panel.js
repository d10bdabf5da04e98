// The timeline: the story's events and journey legs in time order. Previous/next buttons,
// arrow keys (while focus is in the panel or nowhere in particular) and the URL hash all pick
// a step; picking one tells the map to fly there and open its popup.
import { el, clear } from '../util/dom.js';
import { formatDate, capitalise } from '../util/format.js';
import { eventTitle } from '../popup/event-popup.js';
import { legTitle, legSubtitle } from '../popup/leg-popup.js';
import { readHash, writeHash } from './deep-link.js';

const ICON = { event: '★', leg: '→' };

function describe(step, model) {
  if (step.kind === 'event') {
    const ev = step.item;
    return {
      date: ev.date ? formatDate(ev.date) : 'Date unknown',
      title: eventTitle(ev, model),
      detail: ev.participants.join(', '),
      flag: ev.disagreements.length ? 'Sources disagree' : null,
    };
  }
  const leg = step.item;
  return {
    date: leg.date ? formatDate(leg.date) : 'Date unknown',
    title: legTitle(leg, model),
    detail: [legSubtitle(leg).replace(/ · .*$/, ''), leg.traveller].filter(Boolean).join(' · '),
    flag: leg.certain ? null : 'Uncertain',
  };
}

export class StoryPanel {
  constructor({ list, prev, next, position, empty, section }, { onSelect }) {
    Object.assign(this, { list, prev, next, position, empty, section, onSelect });
    this.steps = [];
    this.index = -1;
    prev.addEventListener('click', () => this.go(this.index - 1));
    next.addEventListener('click', () => this.go(this.index + 1));
    section.addEventListener('keydown', (e) => this.onKey(e));
    document.addEventListener('keydown', (e) => {
      // Arrow keys step the story when nothing in particular has focus; the map keeps its
      // own arrow keys (panning) when it is focused, and form fields keep theirs.
      if (document.activeElement === document.body || document.activeElement === null) this.onKey(e);
    });
    window.addEventListener('hashchange', () => this.followHash());
  }

  render(model) {
    this.model = model;
    this.steps = model.steps;
    this.index = -1;
    clear(this.list);
    this.steps.forEach((step, i) => {
      const d = describe(step, model);
      const button = el('button', {
        type: 'button',
        class: `sm-step sm-step--${step.kind}`,
        'data-step': step.id,
        'data-kind': step.kind,
        on: { click: () => this.go(i) },
      },
      el('span', { class: 'sm-step-icon', 'aria-hidden': 'true' }, ICON[step.kind]),
      el('span', { class: 'sm-step-text' },
        el('span', { class: 'sm-step-date' }, d.date),
        el('span', { class: 'sm-step-title' }, d.title),
        d.detail ? el('span', { class: 'sm-step-detail' }, capitalise(d.detail)) : null,
        d.flag ? el('span', { class: 'sm-step-flag' }, d.flag) : null));
      this.list.appendChild(el('li', null, button));
    });
    this.empty.hidden = this.steps.length > 0;
    this.list.hidden = this.steps.length === 0;
    this.update();
  }

  update() {
    const n = this.steps.length;
    this.prev.disabled = n === 0 || this.index <= 0;
    this.next.disabled = n === 0 || this.index >= n - 1;
    this.position.textContent = n === 0 ? 'No events' : this.index < 0 ? `${n} steps` : `${this.index + 1} of ${n}`;
    this.list.querySelectorAll('.sm-step').forEach((b, i) => {
      if (i === this.index) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
    });
  }

  current() {
    return this.steps[this.index] || null;
  }

  // Picks step i (clamped); focusStep moves keyboard focus along when the keys drove it.
  go(i, { focusStep = false, fromHash = false } = {}) {
    if (this.steps.length === 0) return;
    const next = Math.max(0, Math.min(this.steps.length - 1, i));
    this.index = next;
    this.update();
    const button = this.list.querySelectorAll('.sm-step')[next];
    if (focusStep) button?.focus();
    button?.scrollIntoView({ block: 'nearest' });
    const step = this.steps[next];
    if (!fromHash) writeHash(step);
    this.onSelect(step);
  }

  onKey(e) {
    if (e.altKey || e.ctrlKey || e.metaKey || this.steps.length === 0) return;
    const t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    const focusStep = this.section.contains(document.activeElement);
    const moves = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
    if (e.key in moves) {
      e.preventDefault();
      this.go(this.index < 0 ? 0 : this.index + moves[e.key], { focusStep });
    } else if (e.key === 'Home' && focusStep) {
      e.preventDefault();
      this.go(0, { focusStep });
    } else if (e.key === 'End' && focusStep) {
      e.preventDefault();
      this.go(this.steps.length - 1, { focusStep });
    }
  }

  // Selects the step the hash names; true when it found one.
  followHash() {
    const want = readHash();
    if (!want) return false;
    const i = this.steps.findIndex((s) => s.kind === want.kind && s.id === want.id);
    if (i < 0) return false;
    if (i !== this.index) this.go(i, { fromHash: true });
    return true;
  }
}

// Hides place labels (and leg date labels) that would overlap a label of higher priority, a
// place's dot or an event pin, so the map stays legible at every zoom. Runs after each zoom or pan; cheap for a few hundred places.
export function declutterLabels(map, markers) {
  const run = () => {
    const items = [];
    for (const m of markers()) {
      const icon = m.getElement?.();
      const label = icon?.querySelector('.sm-place-label');
      if (!label) continue;
      label.classList.remove('sm-hidden');
      items.push({ m, icon, label, priority: m.sm?.priority ?? 0 });
    }
    // Leg date labels yield to everything else.
    map.getContainer().querySelectorAll('.sm-leg-date').forEach((label) => {
      label.classList.remove('sm-hidden');
      items.push({ icon: label.parentElement, label, priority: -1 });
    });
    items.sort((a, b) => b.priority - a.priority);
    const taken = [];
    const overlaps = (r) => taken.some((t) => r.left < t.right && r.right > t.left && r.top < t.bottom && r.bottom > t.top);
    const size = map.getContainer().getBoundingClientRect();
    // Dots first: a label must not cover another place's dot.
    const dots = items.map((it) => it.icon.querySelector('.sm-place-dot')?.getBoundingClientRect()).filter(Boolean);
    // Event pins too: a label under a pin cannot be read.
    map.getContainer().querySelectorAll('.sm-event-pin').forEach((pin) => dots.push(pin.getBoundingClientRect()));
    for (const it of items) {
      const r = it.label.getBoundingClientRect();
      const pad = { left: r.left - 2, right: r.right + 2, top: r.top - 1, bottom: r.bottom + 1 };
      const own = it.icon.querySelector('.sm-place-dot')?.getBoundingClientRect() ?? null;
      const hitsDot = dots.some((d) => d !== own && pad.left < d.right && pad.right > d.left && pad.top < d.bottom && pad.bottom > d.top);
      const outside = r.right < size.left || r.left > size.right;
      if (outside || hitsDot || overlaps(pad)) it.label.classList.add('sm-hidden');
      else taken.push(pad);
    }
  };
  let frame = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(run);
  };
  map.on('zoomend moveend resize', schedule);
  return schedule;
}

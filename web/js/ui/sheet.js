// On narrow screens the side panel becomes a bottom sheet: a handle toggles it between a
// peek (the stepper and the current step) and most of the screen. The map is told to resize.
export function setupSheet(panel, handle, map) {
  const set = (open) => {
    panel.classList.toggle('is-open', open);
    handle.setAttribute('aria-expanded', String(open));
    handle.querySelector('.sm-sheet-handle-text').textContent = open ? 'Show less' : 'Show more';
    setTimeout(() => map.invalidateSize({ pan: false }), 260); // after the CSS transition
  };
  handle.addEventListener('click', () => set(!panel.classList.contains('is-open')));
  new ResizeObserver(() => map.invalidateSize({ pan: false })).observe(map.getContainer());
  return { close: () => set(false), isOpen: () => panel.classList.contains('is-open') };
}

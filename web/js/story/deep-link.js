// The URL hash names the chosen step, so a link can open the story at one event:
// #event=ID (an event) or #leg=ID (a journey leg). Written with replaceState so stepping
// through the story does not fill the history.
export function readHash(hash = location.hash) {
  const params = new URLSearchParams(String(hash).replace(/^#/, ''));
  for (const kind of ['event', 'leg']) {
    const id = params.get(kind);
    if (id) return { kind, id };
  }
  return null;
}

export function writeHash(step) {
  const hash = step ? `#${step.kind}=${encodeURIComponent(step.id)}` : '';
  if (location.hash === hash) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

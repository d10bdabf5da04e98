// A message over the map for what stops the page (the engine failed to load, the story file
// is missing…). Text only.
export function showNotice(root, title, message) {
  root.querySelector('.sm-notice-title').textContent = title;
  root.querySelector('.sm-notice-text').textContent = message;
  root.hidden = false;
}

// A dismissible message that leaves the map usable.
export function showBanner(root, message) {
  root.querySelector('.sm-banner-text').textContent = message;
  root.hidden = false;
  root.querySelector('button').onclick = () => { root.hidden = true; };
}

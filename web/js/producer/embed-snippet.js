// A copy-ready, responsive iframe for a news page: full width, a 16:10 box that never gets
// shorter than a phone can use, pointing at the embed view (a prebuilt story, no engine).
import { escapeHtml } from './export-storymapjs.js';

export function embedSnippet(storyFile = 'story.json', title = 'Story map') {
  const page = new URL('index.html', document.baseURI);
  page.searchParams.set('embed', storyFile);
  return `<iframe src="${escapeHtml(page.href)}" title="${escapeHtml(title)}" loading="lazy" allowfullscreen
  style="display:block;width:100%;aspect-ratio:16/10;min-height:420px;max-height:90vh;border:0"></iframe>`;
}

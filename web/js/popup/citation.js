// The credit under an excerpt: the article's source and headline, and its date. A headline
// alone when the article names no source.
import { el } from '../util/dom.js';
import { formatDate } from '../util/format.js';

export function articleLabel(article) {
  if (!article) return 'an unknown article';
  const title = article.title || article.file || article.id;
  return article.source ? `${article.source}: ${title}` : title;
}

// Short form for inline mentions ("… vs February 2019 (Reuters)"): the source, else the
// headline cut to a readable length.
export function shortArticleLabel(article, fallback = 'an unknown article') {
  if (!article) return fallback;
  if (article.source) return article.source;
  const title = article.title || article.file || article.id;
  return title.length > 60 ? `${title.slice(0, 57).replace(/\s+\S*$/, '')}…` : title;
}

export function citation(article, articleId) {
  if (!article) return el('cite', { class: 'sm-cite' }, el('span', { class: 'sm-cite-title' }, String(articleId ?? 'Unknown article')));
  const date = article.date
    ? el('time', { class: 'sm-cite-date', datetime: article.date, title: article.date_basis ? `date from the ${article.date_basis}` : null },
      formatDate(article.date))
    : null;
  return el('cite', { class: 'sm-cite' },
    article.source ? [el('span', { class: 'sm-cite-source' }, article.source), ' '] : null,
    el('span', { class: 'sm-cite-title', title: article.title || null }, article.title || article.file || article.id),
    date ? [' ', date] : null);
}

// One excerpt: <blockquote><p>sentence</p><footer><cite>…</cite></footer></blockquote>.
export function excerpt(content, article, articleId) {
  return el('blockquote', { class: 'sm-excerpt', 'data-article': articleId ?? null },
    el('p', { class: 'sm-excerpt-text' }, content),
    el('footer', { class: 'sm-excerpt-credit' }, citation(article, articleId)));
}

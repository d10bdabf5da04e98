// Producer mode: the articles behind the map, which the producer can extend by pasting text
// or dropping .txt/.html files, or trim; an optional date for articles that give none; the map
// is rebuilt in the worker after each change. Errors from the engine (an empty or binary file,
// say) are shown here and the article that caused one is not kept. Also: exports (GeoJSON,
// StoryMapJS JSON) and the embed snippet.
import { el, clear } from '../util/dom.js';
import { formatBytes, plural } from '../util/format.js';
import { fileToArticle, textToArticle, uniqueName } from './article-input.js';
import { download } from './download.js';
import { storyToGeoJSON } from './export-geojson.js';
import { storyToStoryMapJS } from './export-storymapjs.js';
import { embedSnippet } from './embed-snippet.js';

export class ProducerPanel {
  // rebuild(articles, date) -> Promise<{error?: string, ms?: number, places?: number}>
  // getModel() -> the story model on the map
  constructor(root, { rebuild, getModel }) {
    this.root = root;
    this.rebuild = rebuild;
    this.getModel = getModel;
    this.articles = [];
    this.pasted = 0;
    this.edited = false;
    const $ = (sel) => root.querySelector(sel);
    this.ui = {
      list: $('#producer-articles'), count: $('#producer-count'), text: $('#paste-text'), form: $('#paste-form'),
      files: $('#file-input'), drop: $('#dropzone'), date: $('#story-date'), rebuildBtn: $('#rebuild'),
      status: $('#producer-status'), error: $('#producer-error'), clearAll: $('#clear-articles'),
      geojson: $('#export-geojson'), storymapjs: $('#export-storymapjs'), embed: $('#embed-code'),
      copy: $('#copy-embed'), embedNote: $('#embed-note'),
    };
    const u = this.ui;
    u.form.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = u.text.value;
      if (!text.trim()) return this.showError('Paste the text of an article first.');
      const name = uniqueName(`pasted-${++this.pasted}.txt`, this.names());
      this.add([textToArticle(text, name)]).then((ok) => { if (ok) u.text.value = ''; });
    });
    u.files.addEventListener('change', () => {
      this.addFiles(u.files.files).finally(() => { u.files.value = ''; });
    });
    for (const type of ['dragenter', 'dragover']) {
      u.drop.addEventListener(type, (e) => { e.preventDefault(); u.drop.classList.add('is-over'); });
    }
    for (const type of ['dragleave', 'drop']) {
      u.drop.addEventListener(type, () => u.drop.classList.remove('is-over'));
    }
    u.drop.addEventListener('drop', (e) => {
      e.preventDefault();
      if (e.dataTransfer?.files?.length) this.addFiles(e.dataTransfer.files);
    });
    // A file dropped beside the drop zone must not make the browser leave the page to open it.
    window.addEventListener('dragover', (e) => e.preventDefault());
    window.addEventListener('drop', (e) => e.preventDefault());
    u.rebuildBtn.addEventListener('click', () => this.run());
    u.clearAll.addEventListener('click', () => {
      this.articles = [];
      this.edited = true;
      this.renderList();
      this.clearMessages();
      this.setStatus('No articles: paste or drop one to start a new story.');
    });
    u.geojson.addEventListener('click', () => {
      const model = this.getModel();
      if (model) download('story.geojson', storyToGeoJSON(model.raw), 'application/geo+json');
    });
    u.storymapjs.addEventListener('click', () => {
      const model = this.getModel();
      if (model) download('storymapjs.json', JSON.stringify(storyToStoryMapJS(model), null, 2) + '\n');
    });
    u.copy.addEventListener('click', () => this.copyEmbed());
    this.updateEmbed();
  }

  names() {
    return new Set(this.articles.map((a) => a.file));
  }

  setArticles(articles) {
    this.articles = articles.slice();
    this.renderList();
  }

  renderList() {
    const u = this.ui;
    clear(u.list);
    this.articles.forEach((a, i) => {
      u.list.appendChild(el('li', { class: 'sm-article' },
        el('span', { class: 'sm-article-name' }, a.label || a.file),
        el('span', { class: 'sm-article-size' }, formatBytes(a.bytes.length)),
        el('button', {
          type: 'button', class: 'sm-icon-button', 'aria-label': `Remove ${a.label || a.file}`,
          on: { click: () => this.remove(i) },
        }, '×')));
    });
    u.count.textContent = String(this.articles.length);
    u.clearAll.disabled = this.articles.length === 0;
  }

  async addFiles(fileList) {
    const files = [...fileList];
    if (!files.length) return;
    try {
      const taken = this.names();
      const articles = [];
      for (const f of files) {
        const a = await fileToArticle(f);
        a.file = uniqueName(a.file, taken);
        taken.add(a.file);
        articles.push(a);
      }
      await this.add(articles);
    } catch (e) {
      this.showError(`Could not read ${files.map((f) => f.name).join(', ')}: ${e.message}`);
    }
  }

  // Adds articles and rebuilds; when the engine refuses them, they are taken out again and the
  // map stays as it was.
  async add(articles) {
    this.articles.push(...articles);
    this.renderList();
    const result = await this.run();
    if (result?.error) {
      this.articles = this.articles.filter((a) => !articles.includes(a));
      this.renderList();
      // The engine names the file first ("photo.txt: binary data…"); say it once.
      const names = articles.map((a) => a.label || a.file).join(', ');
      const why = articles.reduce((msg, a) => msg.replace(`${a.file}: `, ''), result.error);
      this.showError(`Not added: ${names}. ${why.charAt(0).toUpperCase()}${why.slice(1)}.`.replace(/\.\.$/, '.'));
      return false;
    }
    return true;
  }

  async remove(i) {
    this.articles.splice(i, 1);
    this.renderList();
    if (this.articles.length) await this.run();
    else this.setStatus('No articles: paste or drop one to start a new story.');
  }

  async run() {
    const u = this.ui;
    this.clearMessages();
    if (this.articles.length === 0) {
      this.showError('Add at least one article first.');
      return { error: 'no articles' };
    }
    this.edited = true;
    this.root.setAttribute('aria-busy', 'true');
    u.rebuildBtn.disabled = true;
    this.setStatus(`Rebuilding the map from ${plural(this.articles.length, 'article')}…`);
    try {
      const result = await this.rebuild(this.articles, u.date.value || '');
      if (result.error) {
        this.setStatus('');
        this.showError(result.error);
      } else {
        this.setStatus(`Map rebuilt from ${plural(this.articles.length, 'article')} in ${result.ms} ms: ${plural(result.places, 'place')}, ${plural(result.steps, 'timeline step')}.`);
        this.updateEmbed();
      }
      return result;
    } finally {
      this.root.removeAttribute('aria-busy');
      u.rebuildBtn.disabled = false;
    }
  }

  setStatus(text) {
    this.ui.status.textContent = text;
  }

  showError(text) {
    const box = this.ui.error;
    box.textContent = text;
    box.hidden = false;
  }

  clearMessages() {
    this.ui.error.textContent = '';
    this.ui.error.hidden = true;
  }

  updateEmbed() {
    const own = this.edited;
    this.ui.embed.value = embedSnippet(own ? 'story.geojson' : 'story.json');
    this.ui.embedNote.textContent = own
      ? 'Download the GeoJSON (story.geojson) and publish it next to index.html; the embed shows it without running the engine.'
      : 'The embed shows the prebuilt story without downloading the gazetteer.';
  }

  async copyEmbed() {
    const box = this.ui.embed;
    try {
      await navigator.clipboard.writeText(box.value);
    } catch {
      box.select();
      document.execCommand?.('copy');
    }
    this.setStatus('Embed code copied.');
  }
}

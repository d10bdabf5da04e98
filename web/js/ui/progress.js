// The loading overlay: what the page is doing and, while the gazetteer downloads, how much
// of it has arrived.
import { formatBytes } from '../util/format.js';

const STAGES = {
  start: 'Starting the engine…',
  gazetteer: 'Downloading place names',
  index: 'Reading the gazetteer…',
  articles: 'Reading the articles…',
  build: 'Finding places and events…',
  story: 'Loading the story…',
};

export class Progress {
  constructor(root) {
    this.root = root;
    this.label = root.querySelector('.sm-progress-label');
    this.bar = root.querySelector('progress');
    this.detail = root.querySelector('.sm-progress-detail');
  }

  stage(name, loaded = null, total = null) {
    this.root.hidden = false;
    this.label.textContent = STAGES[name] || name;
    if (name === 'gazetteer' && total) {
      this.bar.max = total;
      this.bar.value = Math.min(loaded, total);
      this.detail.textContent = `${formatBytes(loaded)} of ${formatBytes(total)}`;
    } else if (name === 'gazetteer') {
      this.bar.removeAttribute('value');
      this.detail.textContent = formatBytes(loaded);
    } else {
      this.bar.removeAttribute('value'); // indeterminate
      this.detail.textContent = '';
    }
  }

  done() {
    this.root.hidden = true;
  }
}

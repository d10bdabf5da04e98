// Builds DOM without HTML strings. Article text reaches the page only through this helper (or
// createTextNode), so markup in an article is always shown as text and never parsed.

// el('p', {class: 'x', 'aria-label': 'y'}, 'text', child, ...): strings become text nodes;
// attributes are set with setAttribute (no on* handlers: events go through `on`).
export function el(tag, attrs = null, ...children) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'on') {
        for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
      } else if (key === 'style' && typeof value === 'object') {
        // CSSOM, not a style attribute: allowed under the page's style-src 'self' policy.
        for (const [prop, v] of Object.entries(value)) node.style.setProperty(prop, String(v));
      } else if (key === 'dataset') {
        Object.assign(node.dataset, value);
      } else if (key.startsWith('on')) {
        throw new Error(`el(): use {on: {${key.slice(2)}: fn}} rather than ${key}`);
      } else {
        node.setAttribute(key, value === true ? '' : String(value));
      }
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

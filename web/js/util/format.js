// Human-readable dates and sizes. Story dates are ISO-like strings of varying precision
// ("2019-04-24", "2019-04", "2019"); they are formatted without Date objects so no time zone
// can move a day.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

export function formatDate(value, { short = false } = {}) {
  if (typeof value !== 'string' || !value) return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return value;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1];
  if (!month) return value;
  const name = short ? month.slice(0, 3) : month;
  return d ? `${Number(d)} ${name} ${y}` : `${name} ${y}`;
}

// Sort key: "2019-02" sorts as "2019-02-00", before the full dates of that month; undated last.
export function dateKey(value) {
  const m = typeof value === 'string' ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value) : null;
  return m ? `${m[1]}-${m[2] || '00'}-${m[3] || '00'}` : '9999-99-99';
}

export function formatBytes(n) {
  if (!Number.isFinite(n)) return '';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

export function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

export function capitalise(s) {
  return typeof s === 'string' && s ? s[0].toUpperCase() + s.slice(1) : '';
}

// Renders the API call log: one list item per call, flagged calls marked by
// colour and by text (colour alone is not enough), session lines between launches.

const MAX_SHOWN = 160; // characters of an argument shown; suspend_data can be 64,000

const show = (value) => {
  const text = JSON.stringify(value === undefined ? '' : String(value));
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…" (${String(value).length} characters)` : text;
};

const el = (tag, className, text) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

export class LogView {
  /** @param {{ list: HTMLOListElement, count: HTMLElement, problems: HTMLElement }} elements */
  constructor(elements) {
    Object.assign(this, elements);
    this.clear();
  }

  clear() {
    this.list.replaceChildren();
    this.calls = 0;
    this.flagged = 0;
    this.updateCounts();
  }

  session(text) {
    this.append(el('li', 'session', text));
  }

  call(entry) {
    const level = entry.findings.some((f) => f.level === 'error') ? 'error' : entry.findings.length > 0 ? 'warning' : '';
    const item = el('li', `call ${level}${entry.errorCall ? ' error-call' : ''}`);
    const time = entry.time.toTimeString().slice(0, 8) + `.${String(entry.time.getMilliseconds()).padStart(3, '0')}`;
    item.append(
      el('span', 'seq', `${entry.seq} `),
      el('span', 'time', `${time} `),
      el('span', 'fn', entry.fn),
      `(${entry.args.map(show).join(', ')}) → `,
      el('span', entry.ret === 'false' ? 'ret-false' : 'ret', show(entry.ret)),
      ' ',
      el('span', entry.errorCode === '0' ? 'code' : 'code-bad', `error ${entry.errorCode}`),
    );
    if (entry.findings.length > 0) {
      const findings = el('ul', 'findings');
      for (const f of entry.findings) findings.append(el('li', f.level, `${f.level === 'error' ? '✖ Problem' : '⚠ Warning'}: ${f.message}`));
      item.append(findings);
      this.flagged++;
    }
    this.calls++;
    this.append(item);
    this.updateCounts();
  }

  append(item) {
    // Follow new calls only when the reader is already at the end, so scrolling back to read is not interrupted.
    const atEnd = this.list.scrollHeight - this.list.scrollTop - this.list.clientHeight < 40;
    this.list.append(item);
    if (atEnd) this.list.scrollTop = this.list.scrollHeight;
  }

  updateCounts() {
    this.count.textContent = `${this.calls} call${this.calls === 1 ? '' : 's'}`;
    // A live region: announced only when the number of flagged calls changes, not on every call.
    const text = this.flagged > 0 ? `${this.flagged} flagged call${this.flagged === 1 ? '' : 's'}` : '';
    if (this.problems.textContent !== text) this.problems.textContent = text;
  }
}

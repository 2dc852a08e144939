// The live statement log for xAPI and cmi5: what the test LRS stored for the
// registration, polled once a second, with the warnings Learning Locker's
// validator gave each statement on the way in (test/support/front.ts).

const POLL_MS = 1000;
const MAX_RESPONSE = 80;

const el = (tag, className, text) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

const firstValue = (map) => (map && typeof map === 'object' ? Object.values(map)[0] : undefined);

/** "completed · Greeting visitors · score 80%, success true" from one statement. */
export function describeStatement(s) {
  const verb = firstValue(s.verb?.display) ?? String(s.verb?.id ?? '').split('/').pop();
  const object = firstValue(s.object?.definition?.name) ?? s.object?.id ?? '';
  const r = s.result ?? {};
  const result = [
    r.score?.scaled !== undefined ? `score ${Math.round(r.score.scaled * 100)}%` : null,
    r.success !== undefined ? `success ${r.success}` : null,
    r.completion !== undefined ? `completion ${r.completion}` : null,
    r.response !== undefined ? `response "${String(r.response).slice(0, MAX_RESPONSE)}${String(r.response).length > MAX_RESPONSE ? '…' : ''}"` : null,
    r.duration !== undefined ? `duration ${r.duration}` : null,
  ].filter(Boolean);
  return { verb, object, result: result.join(', ') };
}

export class StatementLog {
  /** @param {{ list: HTMLOListElement, count: HTMLElement, registration: HTMLElement }} elements */
  constructor(elements) {
    Object.assign(this, elements);
    this.timer = null;
    this.clear();
  }

  clear() {
    this.shown = new Set();
    this.list.replaceChildren();
    this.count.textContent = '';
  }

  /** Shows the registration's statements from now on (a new registration starts an empty log). */
  follow(front, registration) {
    this.stop();
    if (registration !== this.following) this.clear();
    this.following = registration;
    this.front = front;
    this.registration.textContent = `Registration ${registration}`;
    const tick = () => this.poll().catch(() => {}).finally(() => (this.timer = setTimeout(tick, POLL_MS)));
    tick();
  }

  stop() {
    clearTimeout(this.timer);
    this.timer = null;
  }

  async poll() {
    const registration = this.following;
    const statements = await (await fetch(`${this.front}/control/statements?${new URLSearchParams({ registration })}`)).json();
    const fresh = statements.filter((s) => !this.shown.has(s.id));
    if (fresh.length === 0 || registration !== this.following) return;
    const journal = await (await fetch(`${this.front}/control/journal`)).json();
    const warnings = new Map(journal.flatMap((e) => e.statements ?? []).map((s) => [s.id, s.warnings]));
    for (const s of fresh) this.append(s, warnings.get(s.id) ?? []);
    this.count.textContent = `${this.shown.size} statement${this.shown.size === 1 ? '' : 's'}`;
  }

  append(s, warnings) {
    this.shown.add(s.id);
    const { verb, object, result } = describeStatement(s);
    const item = el('li', warnings.length > 0 ? 'warning' : '');
    const time = new Date(s.timestamp).toTimeString().slice(0, 8);
    item.append(el('span', 'time', `${time} `), el('span', 'verb', verb), ` ${object}`);
    if (result) item.append(` · ${result}`);
    if (warnings.length > 0) {
      const list = el('ul', 'findings');
      for (const w of warnings) list.append(el('li', 'warning', `⚠ Validator: ${w}`));
      item.append(list);
    }
    const atEnd = this.list.scrollHeight - this.list.scrollTop - this.list.clientHeight < 40;
    this.list.append(item);
    if (atEnd) this.list.scrollTop = this.list.scrollHeight;
  }
}

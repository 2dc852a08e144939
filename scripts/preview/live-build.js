// The page's side of the live build: asks the server for the package on screen
// (it builds it if the course changed) and listens for the builds the server
// starts by itself after a file is saved (server-sent events from `events`).

export class LiveBuild {
  /** @param {(status: object) => void} onStatus every build status: { target, language, state, seq, ok, problems | languages } */
  constructor(onStatus) {
    this.onStatus = onStatus;
    // Relative URL: the page also works below a path prefix (the browser tests proxy it).
    this.source = new EventSource('events');
    this.source.addEventListener('message', (event) => this.onStatus(JSON.parse(event.data)));
  }

  /** Builds `{ target, language }` if needed and reports its status like any other. */
  async request({ target, language }) {
    const response = await fetch(`api/package?${new URLSearchParams({ target, language })}`);
    const status = await response.json();
    if (!response.ok) throw new Error(status.error ?? `HTTP ${response.status}`);
    this.onStatus(status);
    return status;
  }
}

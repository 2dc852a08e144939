/**
 * Server-sent events (HTML Living Standard 9.2) to every open preview page:
 * one long response per page, one `data:` line of JSON per event.
 */
import type { ServerResponse } from 'node:http';

export class EventStream {
  private readonly clients = new Set<ServerResponse>();

  /** Keeps `res` open as an event stream until the page goes away. */
  add(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    // A comment line: sends the headers now, so the page's EventSource opens at once.
    res.write(': connected\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  send(event: unknown): void {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of this.clients) res.write(line);
  }

  get size(): number {
    return this.clients.size;
  }

  close(): void {
    for (const res of this.clients) res.end();
    this.clients.clear();
  }
}

import { connect, type Socket } from 'node:net';

export interface Answer { status: number; headers: Record<string, string>; body: string }

/**
 * One raw HTTP/1.1 connection kept open across requests: what `fetch` and `inject` hide (a
 * request's leftover body bytes are read as the next request; a stalled answer blocks the
 * ones behind it). Answers are parsed as they arrive; HEAD answers are known to carry no body.
 */
export class KeepAliveClient {
  private buffered = Buffer.alloc(0);
  private parsed: Answer[] = [];
  private heads: boolean[] = [];
  private waiter: (() => void) | null = null;
  closed = false;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (d: Buffer) => { this.buffered = Buffer.concat([this.buffered, d]); this.parse(); this.wake(); });
    socket.on('error', () => {});
    socket.on('close', () => { this.closed = true; this.wake(); });
  }

  static open(port: number): Promise<KeepAliveClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host: '127.0.0.1' });
      socket.once('connect', () => resolve(new KeepAliveClient(socket)));
      socket.once('error', reject);
    });
  }

  /** Writes bytes; `heads` says which of the answers they ask for are to HEAD requests (in order). */
  write(bytes: Buffer | string, heads: boolean[] = [false]): void {
    this.heads.push(...heads);
    if (!this.socket.destroyed) this.socket.write(bytes);
  }

  /** The next `count` answers, or fewer if the server closes the connection or stays silent for `silenceMs`. */
  async answers(count: number, silenceMs = 3000): Promise<Answer[]> {
    while (this.parsed.length < count && !this.closed) {
      const before = this.buffered.length + this.parsed.length;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, silenceMs);
        this.waiter = () => { clearTimeout(timer); resolve(); };
      });
      this.waiter = null;
      if (this.buffered.length + this.parsed.length === before && !this.closed) break;
    }
    return this.parsed.splice(0, count);
  }

  close(): void {
    this.socket.destroy();
  }

  private wake(): void {
    this.waiter?.();
  }

  private parse(): void {
    for (;;) {
      const end = this.buffered.indexOf('\r\n\r\n');
      if (end < 0) return;
      const [statusLine, ...lines] = this.buffered.subarray(0, end).toString('latin1').split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      const status = Number(statusLine.split(' ')[1]);
      // A 100 Continue is an interim answer: not one of the answers asked for.
      const interim = status === 100;
      const head = !interim && (this.heads[0] ?? false);
      const length = interim || head ? 0 : Number(headers['content-length'] ?? 0);
      if (/chunked/i.test(headers['transfer-encoding'] ?? '') && !head) {
        const body = this.chunked(end + 4);
        if (body === null) return;
        this.heads.shift();
        this.parsed.push({ status, headers, body });
        continue;
      }
      if (this.buffered.length < end + 4 + length) return;
      const body = this.buffered.subarray(end + 4, end + 4 + length).toString('utf8');
      this.buffered = this.buffered.subarray(end + 4 + length);
      if (interim) continue;
      this.heads.shift();
      this.parsed.push({ status, headers, body });
    }
  }

  /** A complete chunked body starting at `from` (and consumes it), or null until all of it is here. */
  private chunked(from: number): string | null {
    const parts: Buffer[] = [];
    let at = from;
    for (;;) {
      const eol = this.buffered.indexOf('\r\n', at);
      if (eol < 0) return null;
      const size = parseInt(this.buffered.subarray(at, eol).toString('latin1'), 16);
      if (size === 0) {
        if (this.buffered.length < eol + 4) return null;
        this.buffered = this.buffered.subarray(eol + 4);
        return Buffer.concat(parts).toString('utf8');
      }
      if (this.buffered.length < eol + 2 + size + 2) return null;
      parts.push(this.buffered.subarray(eol + 2, eol + 2 + size));
      at = eol + 2 + size + 2;
    }
  }
}

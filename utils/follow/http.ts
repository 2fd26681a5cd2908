// The only way a followed source is requested: one GET that identifies no reader, with a
// timeout, a body read as a stream and cut at a size limit, and no redirect to another origin.
// Every failure is a FetchFailure whose message is plain words for the options page
// ("the feed answered 503"), with what the back-off needs (status, Retry-After).
import { parseRetryAfter } from './backoff';

export type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

export type FailureKind = 'status' | 'network' | 'timeout' | 'too-large' | 'redirect' | 'aborted' | 'not-http';

export class FetchFailure extends Error {
  constructor(
    message: string,
    readonly kind: FailureKind,
    /** The HTTP status, for kind 'status'. */
    readonly status: number | null = null,
    /** When the server said to come back (Retry-After), else null. */
    readonly retryAfter: Date | null = null,
  ) {
    super(message);
    this.name = 'FetchFailure';
  }
}

export interface FetchTextOptions {
  /** 'feed' or 'page' (or 'address'): only for the words of the error messages. */
  what: string;
  /** Bytes read at most; past it the body is cancelled (the connection closed). */
  maxBytes: number;
  /** At most this long for the whole request, body included. */
  timeoutMs: number;
  /** 'cut': return the first maxBytes with `truncated` set; 'error': fail with a FetchFailure. */
  overLimit: 'cut' | 'error';
  /** The run's signal: aborting it (the run interrupted) aborts the request. */
  signal?: AbortSignal;
  /** For Retry-After given as a date. */
  now?: () => Date;
  /** What we can read (sent as Accept; the same for every reader, so it identifies no one). */
  accept?: string;
}

export interface FetchedText {
  /** The address finally answered (after same-origin redirects). */
  url: string;
  text: string;
  /** The Content-Type header, lower-cased ('' when none). */
  contentType: string;
  /** True when the body was longer than maxBytes and `text` is its start. */
  truncated: boolean;
}

/** Same-origin redirects followed per request at most (http → https is another origin). */
const MAX_REDIRECTS = 5;

/**
 * The request options every source request uses: no cookies or HTTP auth (credentials 'omit'),
 * no Referer (which would name the extension's page), never the browser's HTTP cache (a cached
 * answer could carry another context's state, and a run must see what the outlet says now), and
 * redirects not followed by the browser (see fetchText). No header names the reader or the
 * extension: only Accept, which is the same for everyone.
 */
export function requestInit(signal: AbortSignal, accept: string): RequestInit {
  return {
    method: 'GET',
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    cache: 'no-store',
    // 'manual' rather than 'error' or 'follow': 'follow' would send the request to the other
    // origin before we could look at it, 'error' fails every redirect alike. With 'manual' the
    // browser stops at the 3xx without requesting its target; where the Location is readable
    // (Node; an `opaqueredirect` in browsers hides it) a same-origin one is followed here.
    redirect: 'manual',
    signal,
    headers: { Accept: accept },
  };
}

const plainHost = (u: URL) => u.host;

/** Fetches `url` as text under the limits; throws FetchFailure (never anything else). */
export async function fetchText(fetchFn: FetchFn, url: string, opts: FetchTextOptions): Promise<FetchedText> {
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new FetchFailure(`the ${opts.what} address is not a web address`, 'not-http');
  }
  if (current.protocol !== 'http:' && current.protocol !== 'https:') throw new FetchFailure(`the ${opts.what} address is not an http(s) address`, 'not-http');
  const origin = current.origin;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), opts.timeoutMs);
  const onRunAbort = () => timeout.abort();
  opts.signal?.addEventListener('abort', onRunAbort, { once: true });
  const accept = opts.accept ?? '*/*';
  const fail = (e: unknown): never => {
    if (e instanceof FetchFailure) throw e;
    if (opts.signal?.aborted) throw new FetchFailure('the fetch was stopped', 'aborted');
    if (timeout.signal.aborted) throw new FetchFailure(`the ${opts.what} did not answer within ${(opts.timeoutMs / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} seconds`, 'timeout');
    throw new FetchFailure(`the ${opts.what} could not be reached (${plainHost(current)})`, 'network');
  };
  try {
    for (let hop = 0; ; hop++) {
      let res: Response;
      try {
        res = await fetchFn(current.href, requestInit(timeout.signal, accept));
      } catch (e) {
        return fail(e);
      }
      if (res.type === 'opaqueredirect') {
        // Browsers hide where a manual redirect goes (measured in Chromium 156 and Firefox ESR 153:
        // same-origin ones too), so none is followed there; the reader can follow the final address.
        throw new FetchFailure(`the ${opts.what} redirects to another address, which is not followed (the browser does not say which; open it in a tab and use the address it ends at)`, 'redirect');
      }
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        void res.body?.cancel().catch(() => undefined);
        const location = res.headers.get('location');
        let next: URL | null = null;
        try {
          next = location ? new URL(location, current) : null;
        } catch {
          next = null;
        }
        if (!next) throw new FetchFailure(`the ${opts.what} answered ${res.status} (a redirect without a valid address)`, 'redirect');
        if (next.origin !== origin) {
          throw new FetchFailure(`the ${opts.what} redirects to another site (${next.origin}), which is not followed`, 'redirect');
        }
        if (hop >= MAX_REDIRECTS) throw new FetchFailure(`the ${opts.what} redirects more than ${MAX_REDIRECTS} times`, 'redirect');
        current = next;
        continue;
      }
      if (!res.ok) {
        void res.body?.cancel().catch(() => undefined);
        const retryAfter = parseRetryAfter(res.headers.get('retry-after'), (opts.now ?? (() => new Date()))());
        throw new FetchFailure(`the ${opts.what} answered ${res.status}`, 'status', res.status, retryAfter);
      }
      const contentType = (res.headers.get('content-type') ?? '').toLowerCase();
      const { bytes, truncated } = await readLimited(res, opts.maxBytes).catch(fail);
      if (truncated && opts.overLimit === 'error') {
        throw new FetchFailure(`the ${opts.what} is larger than ${megabytes(opts.maxBytes)} and was not read`, 'too-large');
      }
      return { url: current.href, text: decode(bytes, contentType), contentType, truncated };
    }
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onRunAbort);
  }
}

export const megabytes = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;

/**
 * Reads at most `maxBytes` of the body; past that, cancels the stream, which closes the
 * connection, so a 50 MB answer costs the first few MB, not 50.
 */
async function readLimited(res: Response, maxBytes: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  if (!res.body) return { bytes: new Uint8Array(0), truncated: false };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.length > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - size));
      size = maxBytes;
      truncated = true;
      await reader.cancel().catch(() => undefined);
      break;
    }
    chunks.push(value);
    size += value.length;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, truncated };
}

/**
 * Decodes by the charset the server states, else by the one an XML prolog or an HTML meta
 * declares within the first bytes, else UTF-8 (what fetch's text() would do, plus the prolog the
 * parser cannot see once the bytes are gone). An unknown label falls back to UTF-8.
 */
export function decode(bytes: Uint8Array, contentType: string): string {
  let label = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
  if (!label) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    label = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

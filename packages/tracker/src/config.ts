/** Settings read from the tracker's own `<script>` tag. */
export interface TrackerConfig {
  readonly writeKey: string;
  /** Base URL of the MarketOps API, without a trailing slash, e.g. `https://marketops.example.com`. */
  readonly host: string;
  /** `data-respect-dnt="true"`: record nothing when the browser sends Do Not Track. */
  readonly respectDnt: boolean;
}

/** The parts of a `<script>` element the configuration is read from. */
export interface ScriptTag {
  readonly src: string;
  getAttribute(name: string): string | null;
}

export type ConfigResult = { readonly ok: true; readonly config: TrackerConfig } | { readonly ok: false; readonly reason: string };

/**
 * Reads `data-write-key` (required), `data-host` (default: the script's own origin; may carry a
 * path prefix for a reverse proxy) and `data-respect-dnt` from the script tag. Outcomes are
 * values: a bad tag yields a reason to print, never an exception.
 *
 * @example parseConfig(document.currentScript, location.href)
 */
export function parseConfig(script: ScriptTag, pageUrl: string): ConfigResult {
  const writeKey = (script.getAttribute('data-write-key') ?? '').trim();
  if (!writeKey) return { ok: false, reason: 'the script tag has no data-write-key attribute; nothing will be sent' };
  const explicitHost = (script.getAttribute('data-host') ?? '').trim();
  const host = explicitHost ? baseUrl(explicitHost, pageUrl) : originOf(script.src);
  if (host === null) {
    return { ok: false, reason: explicitHost ? `data-host "${explicitHost}" is not an http(s) URL` : 'cannot tell the API host: add data-host to the script tag' };
  }
  return { ok: true, config: { writeKey, host, respectDnt: script.getAttribute('data-respect-dnt') === 'true' } };
}

function originOf(src: string): string | null {
  const url = parseHttpUrl(src);
  return url === null ? null : url.origin;
}

function baseUrl(value: string, pageUrl: string): string | null {
  const url = parseHttpUrl(value, pageUrl);
  return url === null ? null : `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function parseHttpUrl(value: string, base?: string): URL | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The parts of Web Crypto the id generator uses (both optional: old browsers, insecure contexts). */
export interface RandomSource {
  randomUUID?: () => string;
  getRandomValues?: <T extends Uint8Array>(array: T) => T;
}

/**
 * A random (version 4) UUID. Uses `crypto.randomUUID` when available (secure contexts only), else
 * builds one from `crypto.getRandomValues`, else from `Math.random` as a last resort. (Not
 * `globalThis`: that is ES2020, newer than the browsers the tracker targets.)
 *
 * @example uuid() // '3b241101-e2bb-4255-8caf-4136c566a962'
 */
export function uuid(source: RandomSource | undefined = typeof crypto === 'undefined' ? undefined : crypto): string {
  if (typeof source?.randomUUID === 'function') return source.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof source?.getRandomValues === 'function') source.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

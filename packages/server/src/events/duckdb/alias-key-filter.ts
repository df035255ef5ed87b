import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * A Bloom filter of the (workspace, alias) keys in `person_alias_links`: `mightHold` false means
 * the table certainly has no row for the key, so the writer can insert that link without joining
 * the whole table (what a MERGE does). True may be wrong (about 1% of absent keys at the filter's
 * fill limit); such a link simply takes the MERGE.
 *
 * Why a Bloom filter and not a set of the keys: about 10 bits per key instead of 100-200 bytes,
 * so it can hold every alias ever linked (1M aliases: 1.2 MB).
 *
 * Hashing: FNV-1a over the key's UTF-16 code units from two offsets, each finished with
 * MurmurHash3's mixer, combined as h1 + i * h2 (Kirsch and Mitzenmacher) for the 7 probes.
 */
export class AliasKeyFilter {
  static readonly PROBES = 7;
  /** Keys per bit at which the filter reports itself full (10 bits per key, about 1% false positives). */
  static readonly BITS_PER_KEY = 10;

  readonly #bits: Uint32Array;
  readonly #mask: number;
  #keys = 0;

  /** `expectedKeys`: the filter is sized for at least this many (a power of two of bits, at least 2^20). */
  constructor(expectedKeys: number) {
    let bits = 1 << 20;
    while (bits < expectedKeys * AliasKeyFilter.BITS_PER_KEY && bits < 2 ** 31) bits *= 2;
    this.#bits = new Uint32Array(bits / 32);
    this.#mask = bits - 1;
  }

  /** Keys added (with repeats). */
  get keys(): number {
    return this.#keys;
  }

  /** Whether the filter holds more keys than it was sized for (time to build a larger one). */
  get full(): boolean {
    return this.#keys * AliasKeyFilter.BITS_PER_KEY > this.#mask + 1;
  }

  add(workspaceId: string, alias: string): void {
    const [h1, h2] = hashes(workspaceId, alias);
    for (let i = 0; i < AliasKeyFilter.PROBES; i++) {
      const bit = (h1 + Math.imul(i, h2)) & this.#mask;
      this.#bits[bit >>> 5]! |= 1 << (bit & 31);
    }
    this.#keys++;
  }

  mightHold(workspaceId: string, alias: string): boolean {
    const [h1, h2] = hashes(workspaceId, alias);
    for (let i = 0; i < AliasKeyFilter.PROBES; i++) {
      const bit = (h1 + Math.imul(i, h2)) & this.#mask;
      if ((this.#bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

const FNV_PRIME = 16777619;

function hashes(workspaceId: string, alias: string): [number, number] {
  let a = 2166136261;
  let b = 0x9747b28c;
  for (let i = 0; i < workspaceId.length; i++) {
    const code = workspaceId.charCodeAt(i);
    a = Math.imul(a ^ code, FNV_PRIME);
    b = Math.imul(b ^ code, FNV_PRIME);
  }
  // Why a separator: ("ab", "c") and ("a", "bc") must not hash alike.
  a = Math.imul(a, FNV_PRIME);
  b = Math.imul(b, FNV_PRIME);
  for (let i = 0; i < alias.length; i++) {
    const code = alias.charCodeAt(i);
    a = Math.imul(a ^ code, FNV_PRIME);
    b = Math.imul(b ^ code, FNV_PRIME);
  }
  // Why odd: an even step would visit only half the bits.
  return [mix(a), (mix(b) | 1) >>> 0];
}

/** MurmurHash3's 32-bit finaliser: spreads FNV's weak low bits over the whole word. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A filter holding every key of `person_alias_links`, sized for twice as many (the table grows),
 * read chunk by chunk through `connection`.
 */
export async function loadAliasKeyFilter(connection: DuckDBConnection): Promise<AliasKeyFilter> {
  const counted = await connection.runAndReadAll('SELECT count(*) FROM person_alias_links');
  const filter = new AliasKeyFilter(2 * Number(counted.getRows()[0]?.[0] ?? 0));
  const result = await connection.stream('SELECT workspace_id, alias_id FROM person_alias_links');
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) break;
    const workspaces = chunk.getColumnValues(0);
    const aliases = chunk.getColumnValues(1);
    for (let i = 0; i < chunk.rowCount; i++) filter.add(String(workspaces[i]), String(aliases[i]));
  }
  return filter;
}

import { describe, it, expect } from 'vitest';
import { sha256, sha256Hex } from './sha256';

describe('sha256Hex', () => {
  // NIST FIPS 180-4 example vectors (empty, "abc", the 448-bit message, one million "a").
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('matches the NIST vector for %j', (input, digest) => {
    expect(sha256Hex(input)).toBe(digest);
  });

  it('matches the NIST vector for one million "a"', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  // Why these lengths: 55 bytes is the longest message that pads into one block, 56 needs a second
  // block for the length, 64 fills a block exactly. Digests computed with OpenSSL's SHA-256.
  it.each([
    [55, '9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318'],
    [56, 'b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a'],
    [64, 'ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb'],
  ])('handles the padding boundary at %i bytes', (length, digest) => {
    expect(sha256Hex('a'.repeat(length))).toBe(digest);
  });

  it('hashes the UTF-8 bytes of non-ASCII text', () => {
    expect(sha256Hex('微信 😀 café')).toBe('815cef1282c348daecc820491bc49ca0506145f3c245088d8d9abe45dd3059c3');
  });

  it('returns 32 bytes', () => {
    expect(sha256(new Uint8Array([1, 2, 3]))).toHaveLength(32);
  });
});

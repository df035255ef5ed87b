import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it('prefers the remembered choice', () => expect(detectLanguage('ja', ['es-ES'])).toBe('ja'));
  it('ignores an unknown remembered value', () => expect(detectLanguage('fr', ['es-MX'])).toBe('es'));
  it('maps regional Chinese to zh', () => expect(detectLanguage(null, ['zh-TW'])).toBe('zh'));
  it('takes the first browser language it speaks', () => expect(detectLanguage(null, ['de-DE', 'ja-JP', 'en'])).toBe('ja'));
  it('falls back to English', () => expect(detectLanguage(null, ['fr-FR'])).toBe('en'));
});

import { describe, expect, it } from 'vitest';
import { landingPath, loginUrl, safeNext } from './auth-paths.js';

describe('login redirects', () => {
  it('comes back to same-site paths only', () => {
    expect(safeNext('/quan-tri/can-bo?q=a')).toBe('/quan-tri/can-bo?q=a');
    expect(safeNext(null)).toBe('/quan-tri');
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '/dang-nhap',
    ]) {
      expect(safeNext(bad)).toBe('/quan-tri');
    }
  });

  it('encodes where to come back to', () => {
    expect(loginUrl('/quan-tri/can-bo?q=a b')).toBe('/dang-nhap?next=%2Fquan-tri%2Fcan-bo%3Fq%3Da%20b');
  });

  it('lands desk roles on the desk and administrators on the admin pages', () => {
    expect(landingPath([{ role: 'reception_officer' }])).toBe('/ban-lam-viec');
    expect(landingPath([{ role: 'specialist' }])).toBe('/ban-lam-viec');
    expect(landingPath([{ role: 'leader' }])).toBe('/ban-lam-viec');
    expect(landingPath([{ role: 'leader' }, { role: 'unit_admin' }])).toBe('/quan-tri');
    expect(landingPath([{ role: 'province_admin' }])).toBe('/quan-tri');
    expect(landingPath([])).toBe('/quan-tri');
  });
});

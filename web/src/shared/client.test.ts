import { describe, expect, it } from 'vitest';
import { routePath } from './client.js';

describe('routePath', () => {
  it('fills each parameter encoded and appends only the defined query values, in order', () => {
    expect(routePath('/api/dossiers/:code/actions', { code: 'A B/1' })).toBe(
      '/api/dossiers/A%20B%2F1/actions',
    );
    expect(routePath('/api/dossiers', {}, { limit: 500, risk: undefined, status: 'received', q: '' })).toBe(
      '/api/dossiers?limit=500&status=received',
    );
    expect(routePath('/api/track/:code', { code: 'X' }, { phone: '+84912345678' })).toBe(
      '/api/track/X?phone=%2B84912345678',
    );
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// The story hosts copy: the face banner rebuilt over useFaceIdGuidance with plain elements, its
// loading and failed-download floor included, stays short enough to read at a glance.
it('PlainBanner (stories/UseFaceIdGuidance.stories.tsx) is at most 40 lines', () => {
  const source = readFileSync(
    join(__dirname, '..', '..', 'stories', 'UseFaceIdGuidance.stories.tsx'),
    'utf8',
  ).split('\n');
  const start = source.indexOf('function PlainBanner({ code, attempt }: CustomToastProps) {');
  const end = source.indexOf('}', start);
  expect(start).toBeGreaterThan(0);
  expect(end - start + 1).toBeLessThanOrEqual(40);
});

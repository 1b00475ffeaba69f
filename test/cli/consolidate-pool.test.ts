// How many worker threads `consolidate` starts when not told (--jobs): one per core no one else
// is using, the main thread being one of them.
import { freeCores } from '../../src/cli/consolidate-pool';

test('a quiet two-core machine gives one worker; a busy one none', () => {
  // Load 1: only our own thread runs.
  expect(freeCores(2, 1)).toBe(1);
  expect(freeCores(2, 0.3)).toBe(1);
  // Other programs keep a core or more busy.
  expect(freeCores(2, 2)).toBe(0);
  expect(freeCores(2, 5)).toBe(0);
});

test('cores busy in part are counted to the nearest whole core', () => {
  expect(freeCores(8, 1)).toBe(7);
  expect(freeCores(8, 3.4)).toBe(5);
  expect(freeCores(8, 3.6)).toBe(4);
  expect(freeCores(1, 0)).toBe(0);
});

test('without a load average (Windows reports zeros) every core but ours is free', () => {
  expect(freeCores(4, 0)).toBe(3);
});

import { expect } from 'vitest';
import { UsageError } from '../../src/errors.js';

/** The UsageError `fn` throws (fails the test when it throws nothing or something else). */
export function usage(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return e as UsageError;
  }
  throw new Error('expected a UsageError');
}

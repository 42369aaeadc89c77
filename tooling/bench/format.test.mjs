import { describe, expect, it } from 'vitest';
import { parseOptions } from './config.mjs';
import { fmt, median, pct, verdict } from './format.mjs';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([5])).toBe(5);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([0.01, 0.03])).toBe(0.02);
  });

  it('sorts numerically, not as strings', () => {
    expect(median([100, 9, 20])).toBe(20);
  });

  it('ignores missing and non-finite values (failed or partial runs)', () => {
    expect(median([null, 7, undefined, Number.NaN, 9, Infinity])).toBe(8);
  });

  it('is null when there is nothing to take the median of', () => {
    expect(median([])).toBeNull();
    expect(median([null, Number.NaN])).toBeNull();
  });

  it('leaves its input alone', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('formatting', () => {
  it('rounds byte counts and milliseconds and groups thousands', () => {
    expect(fmt(165000)).toBe('165,000');
    expect(fmt(1234.5)).toBe('1,235');
    expect(fmt(0)).toBe('0');
  });

  it('shows a dash for a missing number', () => {
    expect(fmt(null)).toBe('—');
    expect(fmt(undefined)).toBe('—');
    expect(fmt(Number.NaN)).toBe('—');
  });

  it('shows shares as whole percentages, "?" when unknown', () => {
    expect(pct(0.254)).toBe('25%');
    expect(pct(1)).toBe('100%');
    expect(pct(null)).toBe('?');
  });

  it('marks failures in bold', () => {
    expect(verdict(true)).toBe('PASS');
    expect(verdict(false)).toBe('**FAIL**');
  });
});

describe('bench options', () => {
  it('defaults to a full run: build, Lighthouse 3 times, free ports', () => {
    expect(parseOptions([])).toEqual({ skipBuild: false, noLighthouse: false, runs: 3, fixedPort: null });
  });

  it('reads every option', () => {
    expect(parseOptions(['--skip-build', '--no-lighthouse', '--runs=5', '--port=4100'])).toEqual({
      skipBuild: true,
      noLighthouse: true,
      runs: 5,
      fixedPort: 4100,
    });
  });

  it('runs Lighthouse at least once, and 3 times when --runs is not a number', () => {
    expect(parseOptions(['--runs=0']).runs).toBe(3);
    expect(parseOptions(['--runs=-2']).runs).toBe(1);
    expect(parseOptions(['--runs=many']).runs).toBe(3);
  });
});

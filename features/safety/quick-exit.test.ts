import { describe, expect, it } from 'vitest';
import { createShiftCounter } from './quick-exit';

/** Presses Shift on its own at time `t` and returns what the counter says on release. */
const press = (c: ReturnType<typeof createShiftCounter>, t: number) => {
  c.keydown('Shift');
  return c.keyup('Shift', t);
};

describe('quick exit: Shift pressed three times', () => {
  it('exits on the third press within five seconds', () => {
    const c = createShiftCounter();
    expect(press(c, 0)).toBe(1);
    expect(press(c, 1000)).toBe(2);
    expect(press(c, 2000)).toBe('exit');
  });

  it('does not exit when the presses are spread over more than five seconds', () => {
    const c = createShiftCounter();
    press(c, 0);
    press(c, 3000);
    expect(press(c, 6000)).toBe(2); // the first press has lapsed
    expect(press(c, 7000)).toBe('exit');
  });

  it('does not count Shift used as a modifier (Shift+A), and starts again', () => {
    const c = createShiftCounter();
    press(c, 0);
    press(c, 100);
    c.keydown('Shift');
    c.keydown('A');
    expect(c.keyup('A', 200)).toBe(0);
    expect(c.keyup('Shift', 250)).toBe(0);
    expect(press(c, 300)).toBe(1);
  });

  it('starts again when another key is typed between presses', () => {
    const c = createShiftCounter();
    press(c, 0);
    press(c, 100);
    c.keydown('e');
    c.keyup('e', 150);
    expect(press(c, 200)).toBe(1);
  });

  it('ignores key repeat while Shift is held', () => {
    const c = createShiftCounter();
    c.keydown('Shift');
    c.keydown('Shift', true);
    c.keydown('Shift', true);
    expect(c.keyup('Shift', 10)).toBe(1);
  });

  it('reset clears the count', () => {
    const c = createShiftCounter();
    press(c, 0);
    press(c, 10);
    c.reset();
    expect(press(c, 20)).toBe(1);
  });
});

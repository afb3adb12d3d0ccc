import { jsonNestsDeeperThan } from './request-body';

describe('jsonNestsDeeperThan', () => {
  const raw = (text: string) => Buffer.from(text, 'utf8');

  it('counts objects and arrays as they nest, and is not fooled by brackets in strings', () => {
    expect(jsonNestsDeeperThan(raw('{"a":[{"b":[1]}]}'), 4)).toBe(false);
    expect(jsonNestsDeeperThan(raw('{"a":[{"b":[1]}]}'), 3)).toBe(true);
    expect(jsonNestsDeeperThan(raw('{"a":"[[[[[[","b":"\\"[[[["}'), 1)).toBe(false);
    expect(jsonNestsDeeperThan(raw('[[],[],[],[]]'), 2)).toBe(false);
  });

  it('refuses 1,800 levels without recursion', () => {
    expect(jsonNestsDeeperThan(raw(`${'['.repeat(1_800)}${']'.repeat(1_800)}`), 32)).toBe(true);
  });
});

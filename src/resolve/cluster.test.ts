import { describe, expect, it } from 'vitest';
import { addWord, newCluster } from './cluster.js';

describe('addWord', () => {
  it("fills one cluster's set without touching another's", () => {
    const a = newCluster(0);
    const b = newCluster(1);
    addWord(a, 'roles', 'senator');
    addWord(a, 'roles', 'nominee');
    addWord(a, 'roles', 'senator');
    expect([...a.roles]).toEqual(['senator', 'nominee']);
    expect(b.roles.size).toBe(0);
    expect(a.heads.size).toBe(0);
    addWord(b, 'heads', 'ministry');
    expect([...b.heads]).toEqual(['ministry']);
    expect(a.heads.size).toBe(0);
  });
});

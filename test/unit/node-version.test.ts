import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../src/node-version.js';

describe('nodeVersionProblem', () => {
  it('accepts 22.14 and newer', () => {
    expect(nodeVersionProblem('v22.14.0')).toBeUndefined();
    expect(nodeVersionProblem('v22.20.1')).toBeUndefined();
    expect(nodeVersionProblem('v24.0.0')).toBeUndefined();
  });

  it('refuses older versions and says what to install', () => {
    for (const version of ['v20.20.2', 'v22.13.9', 'v18.0.0']) {
      const problem = nodeVersionProblem(version);
      expect(problem).toContain(version);
      expect(problem).toContain('22.14');
    }
  });
});

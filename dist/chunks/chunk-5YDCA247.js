import { createRequire as __idseCreateRequire } from 'node:module'; const require = __idseCreateRequire(import.meta.url);

// src/node-version.ts
var MINIMUM_NODE = [22, 14, 0];
function nodeVersionProblem(version) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match)
    return `Cannot read the Node.js version "${version}". Install Node.js 22.14 or newer.`;
  const actual = [Number(match[1]), Number(match[2]), Number(match[3])];
  for (let i = 0; i < 3; i++) {
    const a = actual[i] ?? 0;
    const m = MINIMUM_NODE[i] ?? 0;
    if (a > m) return void 0;
    if (a < m) {
      return `idse-sync needs Node.js ${MINIMUM_NODE.join(".")} or newer; this is Node.js ${version}. Install Node.js 22 LTS (22.14+) or 24 LTS, for example with \`nvm install 24\`.`;
    }
  }
  return void 0;
}

export {
  nodeVersionProblem
};

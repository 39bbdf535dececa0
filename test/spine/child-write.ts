// Run as a separate process (possibly as another user) by errors.test.ts: opens the spine at
// argv[2], runs argv[3] ('migrate', 'save' or 'read') and prints one JSON line with the outcome.
import { isIdseError } from '../../src/errors.js';
import { ArtifactDatabase } from '../../src/spine/index.js';

const [path, operation] = process.argv.slice(2);
try {
  const db = ArtifactDatabase.open(path as string, { readonly: operation === 'read' });
  try {
    if (operation === 'migrate') db.migrate();
    else if (operation === 'read') db.listProjects();
    else db.saveArtifact({ project: 'p', session: 's', stage: 'intent', content: 'x' });
  } finally {
    db.close();
  }
  console.log(JSON.stringify({ ok: true }));
} catch (error) {
  if (!isIdseError(error)) throw error;
  console.log(JSON.stringify({ ok: false, code: error.code, message: error.message }));
}

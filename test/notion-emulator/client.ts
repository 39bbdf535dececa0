import { Client, LogLevel } from '@notionhq/client';
import type { Emulator } from './index.js';

type ClientOptions = NonNullable<ConstructorParameters<typeof Client>[0]>;

/**
 * A real `@notionhq/client` pointed at the emulator, as the integration (`as: 'integration'`,
 * the default) or as the teammate editing in the Notion app (`as: 'editor'`).
 */
export function emulatorClient(
  emulator: Pick<Emulator, 'url' | 'token' | 'editorToken'>,
  options: { as?: 'integration' | 'editor' } & Omit<ClientOptions, 'auth' | 'baseUrl'> = {},
): Client {
  const { as = 'integration', ...rest } = options;
  return new Client({
    logLevel: LogLevel.ERROR,
    ...rest,
    auth: as === 'editor' ? emulator.editorToken : emulator.token,
    baseUrl: emulator.url,
  });
}

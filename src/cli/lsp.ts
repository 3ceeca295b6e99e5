// `skj lsp`: the editor server on stdin/stdout. Nothing else may write to stdout while it runs.
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server.js';
import type { Lang } from '../i18n/messages.js';
import type { CommandContext } from './io.js';

export interface LspOptions {
  stdio?: boolean;
}

/** Runs until the client sends `exit` (the process then ends with the code the protocol prescribes). */
export function runLsp(explicitLang: Lang | undefined, _opts: LspOptions, _ctx: CommandContext): Promise<number> {
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  startServer(connection, { lang: explicitLang });
  return new Promise(() => {}); // the connection ends the process on exit
}

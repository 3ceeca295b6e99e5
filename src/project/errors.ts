// Problems that stop a command before any file is checked (exit code 2): bad options, missing
// paths, an invalid skj.yaml. Carried as a message id so they speak the user's language.
import type { MessageParams } from '../core/diagnostic.js';

export class UsageError extends Error {
  constructor(
    readonly messageId: string,
    readonly params: MessageParams = {},
  ) {
    super(messageId);
  }
}

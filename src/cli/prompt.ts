// Questions on a terminal (skj init, skj new), through @inquirer (loaded only when a question is asked).
// Tests and non-terminals get no prompter: commands then use their flags and defaults.

export interface Choice<T extends string> {
  value: T;
  name: string;
}

export interface Prompter {
  input(message: string, defaultValue?: string): Promise<string>;
  select<T extends string>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T>;
}

export const inquirerPrompter: Prompter = {
  async input(message, defaultValue) {
    const { default: input } = await import('@inquirer/input');
    return (await input({ message, default: defaultValue })).trim();
  },
  async select(message, choices, defaultValue) {
    const { default: select } = await import('@inquirer/select');
    return select({ message, choices, default: defaultValue, pageSize: 14 });
  },
};

/** Inquirer's error when the user presses Ctrl+C or closes the terminal mid-question. */
export function isPromptAbort(e: unknown): boolean {
  return (e as Error | undefined)?.name === 'ExitPromptError';
}

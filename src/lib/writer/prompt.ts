/** Questions on a terminal (or a pipe), one answer a line. */
import { createInterface } from 'node:readline';

export interface Prompter {
  /** The next answer, or null once the input has ended. */
  ask(question: string): Promise<string | null>;
  /** A line for the writer, such as why an answer was refused. */
  say(line: string): void;
  close(): void;
}

export function linePrompter(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Prompter {
  // Opened on the first question only: a command given every flag must not wait on its input.
  let lines: AsyncIterator<string> | undefined;
  let close = () => {};
  return {
    async ask(question) {
      if (!lines) {
        const reader = createInterface({ input, terminal: false });
        lines = reader[Symbol.asyncIterator]();
        close = () => reader.close();
      }
      output.write(`${question} `);
      const next = await lines.next();
      // A terminal echoes the writer's Enter; a pipe does not, so end the line here.
      if (next.done || !('isTTY' in input && input.isTTY)) output.write('\n');
      return next.done ? null : next.value;
    },
    say: (line) => void output.write(`${line}\n`),
    close: () => close(),
  };
}

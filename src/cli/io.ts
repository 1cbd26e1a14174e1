/** Injected standard streams so the CLI can be tested without spawning a process. */
export interface CliIo {
  readStdin(): Promise<string>;
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export type Subcommand = (args: string[], io: CliIo) => Promise<number>;

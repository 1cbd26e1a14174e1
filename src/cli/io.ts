/** Injected standard streams so the CLI can be tested without spawning a process. */
export interface CliIo {
  /** Bytes from a real stream (the reader checks their encoding); tests may pass text. */
  readStdin(): Promise<string | Uint8Array>;
  readFile(path: string): Promise<string | Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export type Subcommand = (args: string[], io: CliIo) => Promise<number>;

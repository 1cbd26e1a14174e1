export function chromiumPath(): string;
export function ensureChromium(): string;
export function ensureDebianBrowser(options: {
  name: string;
  path: string;
  debianPackage: string;
  envVar: string;
}): string;
export function runAsCommand(label: string, ensure: () => string): void;

import { describe, expect, test } from 'vitest';

import { convertCommand, type ConvertIo } from '../../../src/cli/convert.ts';
import { analysis } from '../core/rules/helpers.ts';

function run(
  args: string[],
  input: { stdin?: string; files?: Record<string, string> } = {},
  extra: Partial<ConvertIo> = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ConvertIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readStdin: async () => input.stdin ?? '',
    readFile: async (p) => {
      const f = input.files?.[p];
      if (f === undefined) throw new Error(`ENOENT: no such file '${p}'`);
      return f;
    },
    now: Date.UTC(2026, 0, 1),
    ...extra,
  };
  return convertCommand(args, io).then((code) => ({ code, stdout: out.join(''), stderr: err.join('') }));
}

describe('cookie-lens convert', () => {
  test('Set-Cookie lines from stdin to cookies.txt', async () => {
    const r = await run(['--to', 'netscape', '--url', 'https://www.example.com/app/x', '-'], {
      stdin: 'sid=abc; HttpOnly; Secure\npref=1; Domain=example.com; Path=/; Max-Age=3600\n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('#HttpOnly_www.example.com\tFALSE\t/app\tTRUE\t0\tsid\tabc\n');
    expect(r.stdout).toContain(`.example.com\tTRUE\t/\tFALSE\t${Date.UTC(2026, 0, 1) / 1000 + 3600}\tpref\t1\n`);
    expect(r.stderr).toMatch(/note: HttpOnly cookies are kept with the "#HttpOnly_" prefix/);
  });

  test('cookies.txt file to a curl command', async () => {
    const file = "# Netscape HTTP Cookie File\n.example.com\tTRUE\t/\tFALSE\t0\ta\tit's\n";
    const r = await run(['--to=curl', '--url=http://www.example.com/', 'jar.txt'], { files: { 'jar.txt': file } });
    expect(r).toMatchObject({ code: 0, stdout: `curl --cookie 'a=it'\\''s' 'http://www.example.com/'\n` });
  });

  test('secrets are warned about and can be redacted when the classifier is wired', async () => {
    const analysisOf = () => analysis({ class: 'session-id' });
    const warned = await run(
      ['--to', 'header', '--url', 'https://a.example.com/'],
      { stdin: 'sid=secret' },
      { analysisOf },
    );
    expect(warned.stderr).toMatch(
      /warning: "sid" is a session ID: whoever has this cookie can act as you on example\.com/,
    );
    const redacted = await run(
      ['--to', 'header', '--url', 'https://a.example.com/', '--redact'],
      { stdin: 'sid=secret' },
      { analysisOf },
    );
    expect(redacted.stdout).toBe('sid=REDACTED-session-id\n');
    expect((await run(['--to', 'json', '--redact'], { stdin: '[]' })).code).toBe(2);
  });

  test.each([
    [
      ['--to', 'json'],
      { stdin: '# Netscape HTTP Cookie File\nexample.com\tFALSE\t/\tFALSE\tsoon\ta\tb' },
      /^cookie-lens convert: stdin \(netscape\): line 2, field expiry: .*\n$/,
    ],
    [['--to', 'json'], { stdin: '[\n{"name": }\n]' }, /^cookie-lens convert: stdin \(json\): line 2: not valid JSON/],
    [['--to', 'json'], { stdin: 'a=1; b=2' }, /needs|give the page URL/],
    [['--to', 'yaml'], {}, /--to must be json, netscape, header or curl/],
    [['--to', 'curl'], {}, /--to curl needs --url/],
    [['--to', 'json', '--bogus'], {}, /unknown option --bogus/],
    [['--to', 'json', 'missing.txt'], {}, /cannot read missing.txt: ENOENT/],
    [['--to', 'json'], { stdin: '\u0000\u0001binary' }, /binary/],
  ])('bad input %j: one line, exit 2, no stack trace', async (args, input, message) => {
    const r = await run(args, input);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('--help prints usage and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: cookie-lens convert --to json\|netscape\|header\|curl/);
  });
});

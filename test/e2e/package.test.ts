// The package as it is installed (issue 16.8): a LICENSE that says what package.json says, every
// runtime dependency used by the code (none installed and imported nowhere), and a tarball
// (`npm pack`, scripts not run) that holds what the installed `career` needs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/env.js';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { license: string; dependencies: Record<string, string> };

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('the package', () => {
  it('has a LICENSE with the license package.json names', () => {
    expect(pkg.license).toBe('MIT');
    expect(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8').split('\n')[0]).toBe('MIT License');
  });

  it('imports every runtime dependency somewhere in src/', () => {
    const code = sources(path.join(ROOT, 'src')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    for (const dep of Object.keys(pkg.dependencies)) {
      // import … from 'dep' or 'dep/…', import('dep'), require('dep')
      expect(code, `${dep} is installed but imported nowhere`).toMatch(new RegExp(`['"]${dep.replace(/[/.]/g, '\\$&')}(/[^'"]*)?['"]`));
    }
  });

  it('packs the binary, the built code, the schemas, the templates and the LICENSE', { timeout: 60_000 }, () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    for (const f of ['LICENSE', 'README.md', 'package.json', 'bin/career.js', 'dist/cli.js', 'schemas/goal.schema.json', 'templates/checkin.yaml']) expect(files).toContain(f);
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/'))).toBe(false);
  });
});

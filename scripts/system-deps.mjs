// The Debian packages the tests need besides Node.js and npm, checked before any test runs, so that
// the README's `npm test` either works on a fresh machine or stops at once with the one line to run.
// As root with apt-get (CI, a fresh container) the missing packages are installed here, once, saying so.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
/** Debian's elpa-* Emacs packages unpack to /usr/share/emacs/site-lisp/elpa/NAME-VERSION. */
const elpa = (name) => {
  try {
    return readdirSync('/usr/share/emacs/site-lisp/elpa').some((d) => d.startsWith(`${name}-`));
  } catch {
    return false;
  }
};

/** What the tests need: a check, the Debian package that satisfies it, and who needs it. */
export function systemNeeds({ e2e, codeServerInstalled }) {
  const needs = [
    { pkg: 'chromium', ok: () => existsSync('/usr/bin/chromium'), why: 'the webview tests (playwright-core drives Debian\'s Chromium)' },
    { pkg: 'neovim', ok: () => onPath('nvim'), why: 'the Neovim LSP client test' },
    { pkg: 'emacs-nox', ok: () => onPath('emacs'), why: 'the Emacs (eglot) LSP client test' },
    { pkg: 'elpa-eglot', ok: () => elpa('eglot'), why: 'the Emacs (eglot) LSP client test' },
    { pkg: 'parallel', ok: () => onPath('parallel'), why: 'the GNU parallel batch test' },
  ];
  if (e2e) {
    needs.push({ pkg: 'ripgrep', ok: () => existsSync('/usr/bin/rg'), why: 'VS Code\'s search in the end-to-end tests' });
    if (!codeServerInstalled) {
      // code-server's native modules are built on install (scripts/install-code-server.sh).
      needs.push(
        { pkg: 'build-essential', ok: () => onPath('g++') && onPath('make'), why: 'building code-server\'s native modules' },
        { pkg: 'python3', ok: () => onPath('python3'), why: 'building code-server\'s native modules (node-gyp)' },
        { pkg: 'pkg-config', ok: () => onPath('pkg-config'), why: 'building code-server\'s native modules' },
        { pkg: 'libkrb5-dev', ok: () => existsSync('/usr/include/krb5.h') || existsSync('/usr/include/krb5/krb5.h'), why: 'building code-server\'s kerberos module' },
      );
    }
  }
  return needs;
}

/** Installs what is missing when it can (root with apt-get), else prints the install line; false when the tests cannot run. */
export function ensureSystemDeps(opts) {
  const missing = systemNeeds(opts).filter((n) => !n.ok());
  if (!missing.length) return true;
  const pkgs = [...new Set(missing.map((n) => n.pkg))];
  const canInstall = process.getuid?.() === 0 && onPath('apt-get') && process.env.NEWSDESK_NO_APT !== '1';
  if (!canInstall) {
    console.error(`npm test: missing Debian packages, needed by ${missing.map((n) => `${n.pkg} (${n.why})`).join(', ')}.`);
    console.error(`Install them first:\n  sudo apt-get install -y ${pkgs.join(' ')}`);
    return false;
  }
  console.log(`npm test: installing Debian packages ${pkgs.join(' ')} (${missing.map((n) => n.why).join('; ')})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...pkgs]]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (r.status !== 0) {
      console.error(`npm test: apt-get ${args.join(' ')} failed (exit ${r.status})`);
      return false;
    }
  }
  const still = systemNeeds(opts).filter((n) => !n.ok()).map((n) => n.pkg);
  if (still.length) console.error(`npm test: still missing after apt-get: ${still.join(' ')}`);
  return still.length === 0;
}

#!/usr/bin/env node
// Prints the path of a Chrome or Chromium for the browser tests. Looks at CHROMIUM_PATH, then the
// usual places and PATH; on Debian or Ubuntu as root with apt-get it installs Debian's `chromium`;
// otherwise it fails and says what to install. It never lets the browser tests be skipped quietly.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const log = (line) => process.stderr.write(`ensure-chromium: ${line}\n`);

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(names) {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const suffixes = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const name of names) for (const dir of dirs) for (const suffix of suffixes) {
    const candidate = join(dir, name + suffix);
    if (existsSync(candidate) && executable(candidate)) return candidate;
  }
  return undefined;
}

function knownPlaces() {
  if (process.platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      `${process.env.HOME}/Applications/Google Chrome.app/Contents/MacOS/Google Chrome`,
    ];
  }
  if (process.platform === 'win32') {
    return [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA]
      .filter(Boolean)
      .flatMap((base) => [join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(base, 'Chromium', 'Application', 'chrome.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'];
}

function find() {
  for (const place of knownPlaces()) if (existsSync(place) && executable(place)) return place;
  return onPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']);
}

function isDebianLike() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
  } catch {
    return false;
  }
}

function aptInstall() {
  log("no Chromium found: installing Debian's chromium package (apt-get update && apt-get install -y chromium)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', process.stderr, process.stderr], env });
    if (run.status !== 0) return false;
  }
  return true;
}

const help = [
  'The browser tests need Chrome or Chromium (Playwright does not download browsers here).',
  'Install one, then run the tests again:',
  '  Debian/Ubuntu:  sudo apt-get install chromium      (Ubuntu: or Google Chrome, https://www.google.com/chrome/)',
  '  Fedora:         sudo dnf install chromium',
  '  macOS:          brew install --cask chromium       (or Google Chrome)',
  '  Windows:        install Google Chrome',
  'or point CHROMIUM_PATH at the browser executable.',
].join('\n');

function main() {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (existsSync(chosen) && executable(chosen)) return chosen;
    log(`CHROMIUM_PATH=${chosen} is not an executable file.`);
    return undefined;
  }
  const found = find();
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && root && isDebianLike() && onPath(['apt-get'])) {
    if (aptInstall()) return find();
    log('apt-get could not install chromium (no network, or no such package in the configured sources).');
  } else if (process.platform === 'linux' && isDebianLike()) {
    log('not running as root: cannot install chromium with apt-get.');
  }
  return undefined;
}

const path = main();
if (path) {
  process.stdout.write(`${path}\n`);
} else {
  process.stderr.write(`\n${help}\n\n`);
  process.exit(1);
}

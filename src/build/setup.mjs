// Installs what the project needs on a fresh machine, and nothing when it is already there. Plain JavaScript on
// purpose: it runs on whatever Node the machine has (20 here) before the project's own Node 24 is installed.
//   node src/build/setup.mjs            npm packages, including the Node 24 runtime (the `node` package)
//   node src/build/setup.mjs --browser  also Debian's Chromium (and Java for the HTML checker), for the tests
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const has = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

// npm packages: install when node_modules is missing or older than the lock file.
const marker = 'node_modules/.package-lock.json';
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs) {
  console.log('setup: installing npm packages (npm ci)…');
  if (Number(process.versions.node.split('.')[0]) < 22) {
    // npm checks each package's "engines" against the Node running npm (this machine's), not the one the project
    // runs on: its lines "npm warn EBADENGINE … required: { node: '>=22…' }" are about that, and expected here.
    console.log(
      `setup: this machine has Node ${process.versions.node}; npm will warn "EBADENGINE" for the packages that need ` +
        'Node 22 or later. They run on the Node 24 this install brings (the `node` package), which every npm script ' +
        'uses: those warnings can be ignored.',
    );
  }
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

if (process.argv.includes('--browser')) {
  const packages = [];
  if (!existsSync('/usr/bin/chromium')) packages.push('chromium');
  if (!has('java')) packages.push('default-jre-headless');
  if (packages.length) {
    if (process.getuid?.() !== 0) {
      console.error(
        `setup: the tests need ${packages.join(' and ')}. Install with: sudo apt-get install -y ${packages.join(' ')}`,
      );
      process.exit(1);
    }
    console.log(`setup: installing ${packages.join(', ')} from Debian…`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages]);
  }
}

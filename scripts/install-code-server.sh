#!/usr/bin/env bash
# Installs VS Code 1.100.3 (the npm package code-server@4.100.3) into .vscode-test/code-server for the
# end-to-end tests, without downloads beyond the npm registry: scripts are off during install and the
# postinstall steps are done by hand (see README "Development"). Idempotent: does nothing when
# `code-server --version` already answers 4.100.3. Needs Debian's chromium and ripgrep (and a C++
# toolchain, libkrb5-dev, pkg-config, python3 for the native modules); .ci/run installs them.
set -euo pipefail
VERSION=4.100.3
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${NEWSDESK_CODE_SERVER_DIR:-$ROOT/.vscode-test/code-server}"
BIN="$DIR/node_modules/.bin/code-server"
# code-server writes a default config.yaml on every start; keep it out of $HOME.
export XDG_CONFIG_HOME="${XDG_CONFIG_HOME:-$DIR/.config}"

missing=()
[ -x /usr/bin/chromium ] || missing+=("/usr/bin/chromium (apt-get install chromium)")
[ -x /usr/bin/rg ] || missing+=("/usr/bin/rg (apt-get install ripgrep)")
if [ ${#missing[@]} -gt 0 ]; then
  printf 'install-code-server: missing %s\n' "${missing[@]}" >&2
  echo 'install-code-server: run .ci/run as root, or install these with apt-get first.' >&2
  exit 1
fi

if [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "^$VERSION "; then
  echo "install-code-server: code-server $VERSION already installed in $DIR"
  exit 0
fi

start=$(date +%s)
echo "install-code-server: installing code-server $VERSION into $DIR"
rm -rf "$DIR"
mkdir -p "$DIR"
cd "$DIR"
echo '{"name":"newsdesk-code-server","private":true}' > package.json
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# Native modules build against the system's Node headers (node-gyp cannot download them here).
if [ -z "${npm_config_nodedir:-}" ] && [ -z "$(npm config get nodedir 2>/dev/null | grep -v '^undefined$\|^null$')" ] && [ -f /usr/include/node/node.h ]; then
  export npm_config_nodedir=/usr
fi
npm install --no-save --ignore-scripts --loglevel=error "code-server@$VERSION"
npm rebuild --loglevel=error argon2

cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --loglevel=error
npm_config_yes=true npm rebuild --loglevel=error @vscode/spdlog kerberos native-watchdog node-pty @vscode/deviceid @parcel/watcher
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
ln -sf code-linux.sh bin/remote-cli/code-server
ln -sf browser-linux.sh bin/helpers/browser.sh
(cd extensions && npm install --omit=dev --loglevel=error)

"$BIN" --version
echo "install-code-server: done in $(( $(date +%s) - start )) s"

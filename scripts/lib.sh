# SPDX-License-Identifier: MIT
# Shared by scripts/run-demo and scripts/run-tests: install what is missing, configure, build.
set -euo pipefail

VEZA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VEZA_BUILD=${VEZA_BUILD:-$VEZA_ROOT/build}

VEZA_PACKAGES=(
    cmake ninja-build g++
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev qt6-svg-dev libqt6sql6-sqlite libgl-dev
    xvfb xauth dbus-x11 gnome-keyring openssl
    desktop-file-utils appstream dpkg-dev file
)

veza_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs the Debian/Ubuntu packages that are not installed yet (through sudo when not root).
veza_install_deps() {
    local missing=()
    for pkg in "${VEZA_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null; then
        veza_log "Missing packages (${missing[*]}) and no apt-get: install them with your package manager."
        return 1
    fi
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    veza_log "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Extra arguments are passed to cmake's configure step (e.g. -DVEZA_SANITIZE=ON).
veza_build() {
    veza_log "Configuring in $VEZA_BUILD"
    local launcher=()
    # ccache when the machine has it: worktrees and rebuilds share compiled objects.
    if command -v ccache >/dev/null; then
        export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$VEZA_ROOT")}
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$VEZA_ROOT" -B "$VEZA_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DVEZA_WARNINGS_AS_ERRORS=ON -DCMAKE_EXPORT_COMPILE_COMMANDS=ON "${launcher[@]}" "$@" >/dev/null
    veza_log "Building"
    cmake --build "$VEZA_BUILD" --parallel "$(nproc)"
}

#!/usr/bin/env bash
# Install the Debian packages Airlock needs: `runtime` (to run the app) or `test` (the whole suite).
# As root (or with sudo) it installs them; otherwise it names what is missing and fails.
set -euo pipefail

RUNTIME="libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 libdbus-1-3 libxcb-icccm4 libxcb-image0
 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
 libfontconfig1 libglib2.0-0 libxrender1 libxi6 libxtst6 fonts-dejavu-core gnome-keyring dbus dbus-x11
 libwayland-cursor0 libwayland-egl1 python3-venv tesseract-ocr-eng tesseract-ocr-deu"
# tesseract-ocr-eng/-deu: the OCR models (app/scan; tesserocr's wheel carries the library itself).
# at-spi2-core and python3-pyatspi: the accessibility bus and its reader (tests/e2e/test_accessibility_e2e.py).
# libxml2-utils (xmllint), shellcheck and wixl check the Windows and macOS installer sources (tests/unit/packaging).
# libtesseract-dev, libleptonica-dev, pkg-config: pip builds tesserocr from source where no wheel fits.
# The fonts vary the screens of the sensitive-moment evaluation (bench/eval_sensitive).
TEST="$RUNTIME at-spi2-core python3-pyatspi xvfb xdotool x11-utils x11-xserver-utils x11-apps openbox trayer
 libsecret-tools age imagemagick binutils dpkg-dev libxml2-utils shellcheck wixl tesseract-ocr libtesseract-dev
 libleptonica-dev pkg-config fonts-dejavu-extra fonts-urw-base35 fonts-noto-mono"

case "${1:-test}" in
  runtime) wanted=$RUNTIME ;;
  test) wanted=$TEST ;;
  *) echo "usage: $0 [runtime|test]" >&2; exit 2 ;;
esac

missing=()
for pkg in $wanted; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=""
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"
else
  echo "Airlock needs these Debian packages, which are not installed:" >&2
  echo "  ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -q "${missing[@]}"; then
  $sudo apt-get -o DPkg::Lock::Timeout=300 update -q
  $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -q "${missing[@]}"
fi

#!/usr/bin/env bash
# Turn the PyInstaller bundle (dist/airlock) into a Debian package with dpkg-deb.
#
#   packaging/linux/build-deb.sh [--dist DIR] [--out DIR]
#
#   --dist    the onedir bundle built by `pyinstaller build.spec` (default: dist/airlock)
#   --out     where the .deb goes (default: dist/)
#
# Layout of the package:
#   /opt/airlock/                     the frozen app (airlock, airlock-gui, _internal/)
#   /usr/bin/airlock, airlock-gui     symlinks into /opt/airlock
#   /usr/share/applications/airlock.desktop
#   /etc/xdg/autostart/airlock.desktop    (conffile: IT may edit it, upgrades keep the edit)
#   /usr/share/icons/hicolor/...      scalable SVG + PNG sizes (from resources/icons)
#   /etc/airlock/README               (conffile) the managed-policy directory; IT's files stay theirs
#   /usr/share/doc/airlock/           copyright, deploying.md
# Depends is computed by dpkg-shlibdeps from every ELF file in the bundle, so it lists exactly the
# system libraries that the bundle does not carry itself (X/xcb, GL/EGL, fontconfig, glib, dbus...).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/packaging/linux"
DIST="$ROOT/dist/airlock"
OUT="$ROOT/dist"

while [ $# -gt 0 ]; do
    case "$1" in
        --dist) DIST="$2"; shift 2 ;;
        --out) OUT="$2"; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "build-deb.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

die() { echo "build-deb.sh: $*" >&2; exit 1; }

for tool in dpkg-deb dpkg-shlibdeps dpkg-architecture readelf; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install dpkg-dev binutils)"
done
if ! { [ -x "$DIST/airlock" ] && [ -x "$DIST/airlock-gui" ]; }; then
    die "no bundle at $DIST (run: pyinstaller --noconfirm build.spec)"
fi

# Name and version come from the package, like the spec's.
VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/app/__init__.py")"
[ -n "$VERSION" ] || die "cannot read __version__ from app/__init__.py"
ARCH="$(dpkg-architecture -qDEB_HOST_ARCH)"
PACKAGE="airlock_${VERSION}_${ARCH}.deb"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/airlock-deb.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# dpkg-shlibdeps wants a debian/ source layout around the package tree.
STAGE="$WORK/debian/airlock"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/etc/xdg/autostart" "$STAGE/etc/airlock" "$STAGE/usr/share/doc/airlock"

cp -a "$DIST" "$STAGE/opt/airlock"
ln -s /opt/airlock/airlock "$STAGE/usr/bin/airlock"
ln -s /opt/airlock/airlock-gui "$STAGE/usr/bin/airlock-gui"

install -m 0644 "$ROOT/resources/linux/airlock.desktop" "$STAGE/usr/share/applications/airlock.desktop"
install -m 0644 "$HERE/airlock-autostart.desktop" "$STAGE/etc/xdg/autostart/airlock.desktop"
install -m 0644 "$HERE/etc-airlock-README" "$STAGE/etc/airlock/README"
install -m 0644 "$HERE/copyright" "$STAGE/usr/share/doc/airlock/copyright"
if [ -f "$ROOT/docs/deploying.md" ]; then
    install -m 0644 "$ROOT/docs/deploying.md" "$STAGE/usr/share/doc/airlock/deploying.md"
fi

# Icons: the scalable SVG plus the PNG sizes that resources/icons/hicolor provides.
ICONS="$ROOT/resources/icons"
if ! { [ -f "$ICONS/airlock.svg" ] && [ -f "$ICONS/hicolor/48x48/apps/airlock.png" ]; }; then
    die "resources/icons/airlock.svg and resources/icons/hicolor/*/apps/airlock.png are required"
fi
HICOLOR="$STAGE/usr/share/icons/hicolor"
install -D -m 0644 "$ICONS/airlock.svg" "$HICOLOR/scalable/apps/airlock.svg"
(cd "$ICONS/hicolor" && find . -name airlock.png) | while read -r png; do
    install -D -m 0644 "$ICONS/hicolor/$png" "$HICOLOR/$png"
done

printf '%s\n' /etc/airlock/README /etc/xdg/autostart/airlock.desktop > "$STAGE/DEBIAN/conffiles"
for script in postinst prerm postrm; do
    install -m 0755 "$HERE/debian/$script" "$STAGE/DEBIAN/$script"
done

# Depends: the shared libraries the bundle's ELF files need but do not carry.
# shellcheck disable=SC2016  # the inner sh script expands its own "$f"
mapfile -t ELF_FILES < <(find "$STAGE/opt/airlock" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
    | xargs -0 -r sh -c 'for f; do head -c4 "$f" | grep -q ELF && echo "$f"; done' sh)
[ "${#ELF_FILES[@]}" -gt 0 ] || die "no ELF files found in the bundle"
mapfile -t LIB_DIRS < <(printf '%s\n' "${ELF_FILES[@]}" | xargs -n1 dirname | sort -u)
printf 'Source: airlock\n\nPackage: airlock\nArchitecture: any\n' > "$WORK/debian/control"
DEPENDS="$(cd "$WORK" && dpkg-shlibdeps -O --ignore-missing-info --warnings=0 \
    "${LIB_DIRS[@]/#/-l}" "${ELF_FILES[@]/#/-e}" 2>"$WORK/shlibdeps.log" | sed -n 's/^shlibs:Depends=//p')" \
    || { cat "$WORK/shlibdeps.log" >&2; die "dpkg-shlibdeps failed"; }
[ -n "$DEPENDS" ] || { cat "$WORK/shlibdeps.log" >&2; die "dpkg-shlibdeps found no dependencies"; }

# Ownership root:root (--root-owner-group); nothing group/other-writable.
chmod -R u+rwX,go+rX,go-w "$STAGE"
INSTALLED_SIZE="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
sed -e "s|@VERSION@|$VERSION|" -e "s|@ARCH@|$ARCH|" -e "s|@DEPENDS@|$DEPENDS|" \
    -e "s|@INSTALLED_SIZE@|$INSTALLED_SIZE|" "$HERE/control.in" > "$STAGE/DEBIAN/control"

mkdir -p "$OUT"
# Release builds compress hardest; the CI stage passes DEB_XZ_LEVEL=1 to save minutes.
dpkg-deb --root-owner-group -Zxz -z"${DEB_XZ_LEVEL:-9}" --build "$STAGE" "$OUT/$PACKAGE" >/dev/null
echo "$OUT/$PACKAGE"
echo "build-deb.sh: $(du -h "$OUT/$PACKAGE" | cut -f1) package, ${INSTALLED_SIZE} KiB installed" >&2

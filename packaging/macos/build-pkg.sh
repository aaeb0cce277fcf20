#!/usr/bin/env bash
# Build the macOS installer (runs on macOS only): sign, package, notarise and staple.
#
#   packaging/macos/build-pkg.sh [--app dist/Airlock.app] [--out dist]
#       [--policy policy.toml --trusted-key org.pub [--policy-sig policy.toml.sig]]
#
# Environment (all optional; without them the pkg is unsigned, for testing only):
#   DEVELOPER_ID_APP        "Developer ID Application: Org (TEAMID)"  signs the app (hardened runtime)
#   DEVELOPER_ID_INSTALLER  "Developer ID Installer: Org (TEAMID)"    signs the pkg
#   NOTARY_PROFILE          a `xcrun notarytool store-credentials` keychain profile: notarise + staple
#
# The pkg installs /Applications/Airlock.app, /Library/LaunchAgents/org.airlock.Airlock.plist and
# /usr/local/bin/airlock (the CLI). With --policy it also carries the organisation's signed policy
# to /Library/Application Support/Airlock/ (policy.toml, policy.toml.sig, trusted-keys/).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/packaging/macos"
APP="$ROOT/dist/Airlock.app"
OUT="$ROOT/dist"
POLICY="" POLICY_SIG="" TRUSTED_KEY=""
BUNDLE_ID="org.airlock.Airlock"
PKG_ID="org.airlock.Airlock.pkg"

while [ $# -gt 0 ]; do
    case "$1" in
        --app) APP="$2"; shift 2 ;;
        --out) OUT="$2"; shift 2 ;;
        --policy) POLICY="$2"; shift 2 ;;
        --policy-sig) POLICY_SIG="$2"; shift 2 ;;
        --trusted-key) TRUSTED_KEY="$2"; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "build-pkg.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

die() { echo "build-pkg.sh: $*" >&2; exit 1; }
[ "$(uname -s)" = Darwin ] || die "pkgbuild, productbuild and codesign exist only on macOS"
[ -d "$APP" ] || die "no app bundle at $APP (run: pyinstaller --noconfirm build.spec)"
if [ -n "$POLICY" ]; then
    POLICY_SIG="${POLICY_SIG:-$POLICY.sig}"
    if ! { [ -f "$POLICY" ] && [ -f "$POLICY_SIG" ] && [ -f "$TRUSTED_KEY" ]; }; then
        die "--policy needs the policy, its .sig and --trusted-key (the organisation's public key)"
    fi
fi

VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/app/__init__.py")"
[ -n "$VERSION" ] || die "cannot read __version__ from app/__init__.py"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# 1. Sign inside-out with the hardened runtime (notarisation requires it and a secure timestamp).
if [ -n "${DEVELOPER_ID_APP:-}" ]; then
    sign() {
        codesign --force --timestamp --options runtime --entitlements "$HERE/entitlements.plist" \
            --sign "$DEVELOPER_ID_APP" "$@"
    }
    # Every Mach-O file first (libraries, extension modules, the two executables), then the app.
    while IFS= read -r -d '' file; do
        if file -b "$file" | grep -q 'Mach-O'; then sign "$file"; fi
    done < <(find "$APP/Contents" -type f -print0)
    sign --identifier "$BUNDLE_ID" "$APP"
    codesign --verify --strict --deep --verbose=2 "$APP"
else
    echo "build-pkg.sh: DEVELOPER_ID_APP not set: the app stays ad-hoc signed (not for distribution)" >&2
fi

# 2. The payload tree.
PAYLOAD="$WORK/root"
mkdir -p "$PAYLOAD/Applications" "$PAYLOAD/Library/LaunchAgents" "$PAYLOAD/usr/local/bin"
ditto "$APP" "$PAYLOAD/Applications/Airlock.app"
install -m 0644 "$HERE/org.airlock.Airlock.plist" "$PAYLOAD/Library/LaunchAgents/org.airlock.Airlock.plist"
ln -s /Applications/Airlock.app/Contents/MacOS/airlock "$PAYLOAD/usr/local/bin/airlock"
if [ -n "$POLICY" ]; then
    MANAGED="$PAYLOAD/Library/Application Support/Airlock"
    mkdir -p "$MANAGED/trusted-keys"
    install -m 0644 "$POLICY" "$MANAGED/policy.toml"
    install -m 0644 "$POLICY_SIG" "$MANAGED/policy.toml.sig"
    install -m 0644 "$TRUSTED_KEY" "$MANAGED/trusted-keys/organisation.pub"
fi

# 3. Component package: never relocate the app to wherever another copy with the same id lives.
pkgbuild --analyze --root "$PAYLOAD" "$WORK/component.plist"
plutil -replace 0.BundleIsRelocatable -bool NO "$WORK/component.plist"
pkgbuild --root "$PAYLOAD" --component-plist "$WORK/component.plist" --identifier "$PKG_ID" \
    --version "$VERSION" --install-location / --scripts "$HERE/scripts" --ownership recommended \
    "$WORK/airlock-component.pkg"

# 4. Product archive (signed with the Installer identity when given).
sed "s/@VERSION@/$VERSION/" "$HERE/distribution.xml" > "$WORK/distribution.xml"
mkdir -p "$OUT"
PRODUCT="$OUT/Airlock-$VERSION.pkg"
SIGN_ARGS=()
[ -n "${DEVELOPER_ID_INSTALLER:-}" ] && SIGN_ARGS=(--sign "$DEVELOPER_ID_INSTALLER" --timestamp)
# (the ${a[@]+...} form keeps macOS's bash 3.2 happy with an empty array under set -u)
productbuild --distribution "$WORK/distribution.xml" --package-path "$WORK" ${SIGN_ARGS[@]+"${SIGN_ARGS[@]}"} "$PRODUCT"

# 5. Notarise and staple, so Gatekeeper accepts it offline.
if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$PRODUCT" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$PRODUCT"
    xcrun stapler validate "$PRODUCT"
    spctl --assess --type install --verbose "$PRODUCT"
else
    echo "build-pkg.sh: NOTARY_PROFILE not set: not notarised (Gatekeeper will refuse it on other Macs)" >&2
fi
echo "$PRODUCT"

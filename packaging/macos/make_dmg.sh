#!/usr/bin/env bash
# Package dist/LoopReady.app into a compressed .dmg with an Applications link.
# Signing and notarisation run only when their secrets are in the environment:
#   MACOS_SIGN_IDENTITY (Developer ID Application: ...), and for notarisation
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(python3 -c "import re;print(re.search(r'__version__\s*=\s*\"([^\"]+)\"',open('app/__init__.py').read()).group(1))")
APP=dist/LoopReady.app
DMG=dist/LoopReady-$VERSION.dmg
[ -d "$APP" ] || { echo "missing $APP: run pyinstaller packaging/loopready.spec first" >&2; exit 1; }
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$APP"
else
  echo "MACOS_SIGN_IDENTITY not set: skipping code signing"
fi
STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "LoopReady" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi
if [ -n "${MACOS_NOTARY_APPLE_ID:-}" ] && [ -n "${MACOS_NOTARY_PASSWORD:-}" ] && [ -n "${MACOS_NOTARY_TEAM_ID:-}" ]; then
  xcrun notarytool submit "$DMG" --apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID" \
      --password "$MACOS_NOTARY_PASSWORD" --wait
  xcrun stapler staple "$DMG"
else
  echo "notarisation secrets not set: skipping notarisation"
fi
echo "$DMG: $(du -h "$DMG" | cut -f1)"

#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring (Secret Service) on the current session bus.
# Used by tests only: the password is throwaway and the keyring lives in a temporary HOME.
set -u
export HOME=$(mktemp -d /tmp/gatehouse-home.XXXXXX)
eval "$(printf 'gatehouse-ci' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
"$@"; rc=$?
[ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null
rm -rf "$HOME"
exit $rc

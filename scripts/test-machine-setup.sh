#!/usr/bin/env bash
# Prepares a fresh Debian machine for the full test suite: CUPS with a byte-capturing test queue,
# and Debian's Chromium for the Playwright end-to-end tests. Idempotent; needs root (or sudo).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
CAPTURE_DIR="${PACKING_CAPTURE_DIR:-/tmp/packing-prn}"

need=()
command -v lp >/dev/null 2>&1 && [ -x /usr/sbin/cupsd ] || need+=(cups cups-client cups-bsd)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb)
# Not `fc-list | grep -q`: under pipefail fc-list dies of SIGPIPE and the check reinstalled every run.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The capture backend must be root-owned 0700 so CUPS runs it as root and it can write anywhere.
$SUDO install -m 0700 -o root -g root "$here/cups/capture-backend" /usr/lib/cups/backend/capture

if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  $SUDO mkdir -p /run/cups
  $SUDO /usr/sbin/cupsd
  for _ in $(seq 1 50); do
    lpstat -r 2>/dev/null | grep -q "is running" && break
    sleep 0.2
  done
fi
lpstat -r | grep -q "is running" || { echo "setup: cupsd did not start" >&2; exit 1; }

mkdir -p "$CAPTURE_DIR"
chmod 0755 "$CAPTURE_DIR"
# CAPTURE: the bench (label) printer for tests. DOCUMENTS: a second capture queue, the document printer
# (slips, handover lists), its jobs in $CAPTURE_DIR/documents so a test can tell the two printers apart. PAUSED: a queue that is stopped, to test that error path.
# FAILING: accepts jobs, then fails each one as "out of labels" (abort-job keeps the queue enabled).
$SUDO lpadmin -p CAPTURE -v "capture:$CAPTURE_DIR" -E
mkdir -p "$CAPTURE_DIR/documents"
chmod 0755 "$CAPTURE_DIR/documents"
$SUDO lpadmin -p DOCUMENTS -v "capture:$CAPTURE_DIR/documents" -E
# Drop jobs left in PAUSED by earlier runs so enabling it here never prints them.
$SUDO cancel -a PAUSED 2>/dev/null || true
$SUDO lpadmin -p PAUSED -v "capture:$CAPTURE_DIR/paused" -E
$SUDO cupsdisable PAUSED
$SUDO lpadmin -p FAILING -v "capture:$CAPTURE_DIR/failing?fail=media-empty" -o printer-error-policy=abort-job -E
$SUDO lpadmin -d CAPTURE
echo "setup: CUPS running with queues CAPTURE (default, bytes in $CAPTURE_DIR), DOCUMENTS (bytes in $CAPTURE_DIR/documents), PAUSED and FAILING; chromium at /usr/bin/chromium"

#!/bin/sh
# Takes docs/lsp-hover-diagnostic.png, the README's picture of `skj lsp`: a real Neovim in xterm on a
# virtual X display, talking to the built server (npm run build) about
# examples/kominfo-tasikmalaya/standar/sekretaris.yaml. Not part of CI. Needs (Debian):
#   apt-get install -y neovim xvfb xterm x11-apps imagemagick fonts-dejavu-core
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$repo/docs/lsp-hover-diagnostic.png}
display=:${SKJ_SHOT_DISPLAY:-77}
Xvfb "$display" -screen 0 1100x720x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 2
cd "$repo/examples/kominfo-tasikmalaya"
DISPLAY=$display SKJ_BIN="$repo/bin/skj.js" xterm -T skj-lsp -geometry 116x40+0+0 -fa 'DejaVu Sans Mono' -fs 10 \
  -bg '#1e1e1e' -fg '#d4d4d4' -e nvim -u "$repo/editors/neovim/screenshot.lua" standar/sekretaris.yaml &
term=$!
sleep 22  # screenshot.lua edits at 7 s and hovers at 13 s; the server answers well within that
DISPLAY=$display xwd -silent -name skj-lsp | convert xwd:- -colors 128 "png:$out"
kill $term
echo "$out"

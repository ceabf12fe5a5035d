#!/bin/sh
# Builds a release into the folder given: the compiled build, the calendar data and the production
# dependencies only. The Dockerfile runs this, and so does .ci/run (whose tests then start the result).
set -eu
out="$1"
npm run build
mkdir -p "$out"
cp -r dist data package.json package-lock.json "$out"/
cd "$out"
npm ci --omit=dev --no-audit --no-fund

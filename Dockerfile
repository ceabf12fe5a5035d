# yaddash: the bot (default command) and its REST proxy (`npm run --silent serve:proxy`), one image.
# .ci/run runs the same steps: npm ci, deploy/release.sh, and its tests start `npm run serve`,
# `npm run serve:proxy` and `npm run healthcheck` from the release; then .ci/check-image builds this
# file with podman and starts the image (docs/deploy.md, "The image in CI").

FROM node:24-bookworm-slim AS build
# better-sqlite3 compiles from source when no prebuilt binary matches.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN sh deploy/release.sh /release

FROM node:24-bookworm-slim
# The public page and feed on 8000, on every address; /healthz and /metrics on 9100, on the
# container's loopback (the HEALTHCHECK reaches them there; OPS_HOST=0.0.0.0 to scrape from outside).
ENV NODE_ENV=production \
  DATABASE_URL=file:/app/var/yaddash.sqlite \
  HTTP_PORT=8000 \
  HTTP_HOST=0.0.0.0 \
  OPS_PORT=9100
WORKDIR /app
COPY --from=build /release ./
RUN mkdir var && chown node:node var
USER node
VOLUME ["/app/var"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["npm", "run", "--silent", "healthcheck"]
# node itself, not npm: npm passes on SIGINT and SIGTERM only, and exits on the SIGHUP that reloads
# the calendar (docs/calendar-updates.md) instead of handing it to the bot. The same as `npm run serve`.
CMD ["node", "--enable-source-maps", "--max-semi-space-size=2", "dist/main.js"]

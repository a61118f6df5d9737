# The production image of the developer.overheid.nl blog: the built site served
# by Caddy with the repository's Caddyfile (CSP with script hashes, HSTS and the
# other security headers, cache rules, 301s from redirects.csv, Pagefind's
# gzip files), as an unprivileged user on 0.0.0.0:8080.
#
#   docker build -t blog .
#   docker run --rm -p 8080:8080 blog          # http://localhost:8080
#
# tests/support/image.ts lays this image out from this file (COPY, ENV, USER,
# CMD, HEALTHCHECK) and runs the server tests against it with Debian's Caddy.
#
# Base images are pinned to exact versions, in the FROM lines where Dependabot
# (.github/dependabot.yml) finds them and proposes updates.

# --- Build: npm ci and npm run build, with what the build needs and nothing else.
FROM node:24.21.0-bookworm-slim AS build
# Chromium renders Mermaid diagrams to static SVG at build time; git dates the
# pages ("Laatst bijgewerkt", sitemap) from the history in the build context.
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium git ca-certificates \
  && rm -rf /var/lib/apt/lists/*
ENV CHROMIUM_PATH=/usr/bin/chromium \
  CI=true
WORKDIR /app
# Build dependencies only (dependencies in package.json); install scripts follow
# the allowScripts policy there.
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund
COPY . .
# The site's public address, as docusaurus.config.ts reads it.
ARG SITE_URL=https://developer.overheid.nl
ENV SITE_URL=${SITE_URL}
RUN npm run build

# --- Serve: Caddy, the Caddyfile, the site and its generated configuration.
FROM caddy:2.11.7-alpine
ENV SITE_ROOT=/srv \
  CADDY_GENERATED=/etc/caddy/generated \
  BIND=0.0.0.0 \
  PORT=8080 \
  XDG_CONFIG_HOME=/tmp/caddy/config \
  XDG_DATA_HOME=/tmp/caddy/data
COPY Caddyfile /etc/caddy/Caddyfile
COPY --from=build /app/.caddy/build /etc/caddy/generated
COPY --from=build /app/build /srv
# nobody:nogroup. The files stay root's and read-only to Caddy.
USER 65534:65534
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=5s --retries=3 \
  CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/"]
CMD ["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"]

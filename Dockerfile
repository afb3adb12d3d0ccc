# One image per service, from one multi-stage build:
#   docker build --build-arg SERVICE=claims -t jaring/claims .
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY libs ./libs
COPY apps ./apps
RUN npx tsc -p tsconfig.build.json && npx tsc-alias -p tsconfig.build.json

FROM node:24-bookworm-slim AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM node:24-bookworm-slim
ARG SERVICE
ENV NODE_ENV=production SERVICE=${SERVICE}
WORKDIR /app
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY apps/enrolment/seed ./apps/enrolment/seed
USER node
EXPOSE 3000
# glibc malloc: allocations of 128 KiB and more get their own mappings, returned to the system when
# freed (glibc otherwise raises that threshold after large frees and keeps the memory), and two
# arenas instead of one per thread: ~70 MB less RSS at the peak of a 100,000-row import (bench/README.md)
ENV GLIBC_TUNABLES=glibc.malloc.mmap_threshold=131072:glibc.malloc.arena_max=2
# exec form through sh so SERVICE is expanded while node still receives SIGTERM directly
# --max-semi-space-size=2: a smaller young generation keeps an idle service ~45 MB smaller;
# --max-old-space-size=192: collects sooner instead of growing to ~470 MB through a 100,000-row import (bench/memory)
ENTRYPOINT ["sh", "-c", "exec node --enable-source-maps --max-semi-space-size=2 --max-old-space-size=192 --disable-warning=TimeoutNegativeWarning dist/apps/${SERVICE}/src/main.js \"$@\"", "--"]

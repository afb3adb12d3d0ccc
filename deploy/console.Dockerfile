# The officer console: the built single-page app and its small server (same-origin proxy to the
# three services, /config.json for sign-in). Built from the repository root:
#   docker build -f deploy/console.Dockerfile -t jaring/console .
# The server uses Node's standard library only, so the image carries no node_modules.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY libs ./libs
COPY apps ./apps
RUN npx vite build apps/console \
 && npx tsc --ignoreConfig --outDir dist/console-server --rootDir apps/console/server --module nodenext \
      --target es2022 --types node --strict --skipLibCheck apps/console/server/main.ts

FROM node:24-bookworm-slim
ENV NODE_ENV=production CONSOLE_STATIC_DIR=/app/dist/console
WORKDIR /app
COPY --from=build /app/dist/console ./dist/console
COPY --from=build /app/dist/console-server ./server
USER node
EXPOSE 3000
ENTRYPOINT ["node", "server/main.js"]

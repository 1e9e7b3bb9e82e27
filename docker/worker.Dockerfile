# syntax=docker/dockerfile:1
# The Temporal worker (no HTTP listener). Run as many replicas as load needs: they share one task queue.
#   docker build -f docker/worker.Dockerfile -t htx-lifecycle-worker .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY nest-cli.json tsconfig.json ./
COPY apps ./apps
COPY libs ./libs
COPY workflows ./workflows
# `npm run build` also writes the prebuilt workflow bundle: no webpack at start, the same code on every replica.
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
# Same command as `npm run start:worker` (a test keeps them equal).
CMD ["node", "dist/apps/worker/apps/worker/src/main.js"]

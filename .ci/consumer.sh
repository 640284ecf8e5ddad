# The consumer app check, sourced by .ci/run (uses its `check`): packs the plugin (npm pack runs the
# build), installs the tarball into tests/consumer-app (an ordinary Payload 3 Next.js app with its own
# package.json and lock), generates its import map, creates and runs its migrations (SQLite), builds it
# once with `next build` and serves it with `next start` twice: the plain setup and the custom one
# (custom slugs, an auth collection with its own hooks and access, @payloadcms/plugin-seo beside ours).
# tests/consumer/checkConsumerApp.mjs checks each over HTTP and in Chromium. Each step is one `check`.
consumer=tests/consumer-app
export PAYLOAD_SECRET=consumer-check-secret NEXT_TELEMETRY_DISABLED=1
mkdir -p .ci/out/consumer

# The Payload CLI sometimes exits 0 having done nothing (NOTES-payload.md): run until `$2` holds.
payload_until() { # what, test-command, payload args...
  local what=$1 done=$2; shift 2
  for attempt in 1 2 3 4 5; do
    (cd "$consumer" && npx payload "$@" </dev/null) || return 1
    if eval "$done"; then return 0; fi
    echo "$what: the Payload CLI exited having done nothing (attempt $attempt); again"
  done
  return 1
}

consumer_pack() {
  rm -f payload-plugin-newsroom-*.tgz
  npm pack --silent >.ci/out/consumer/pack-name.txt && test -s "$(cat .ci/out/consumer/pack-name.txt)"
}
consumer_install() {
  (cd "$consumer" && npm ci --no-audit --no-fund --prefer-offline &&
    npm install --no-save --no-audit --no-fund --prefer-offline "../../$(cat ../../.ci/out/consumer/pack-name.txt)")
}
consumer_importmap() {
  rm -f "$consumer/app/(payload)/admin/importMap.js"
  CONSUMER_VARIANT=custom payload_until importmap \
    "grep -q payload-plugin-newsroom/client '$consumer/app/(payload)/admin/importMap.js' 2>/dev/null" \
    generate:importmap
}
consumer_migrate() { # variant
  rm -rf "$consumer/migrations/$1" "$consumer/data/$1.db"*
  mkdir -p "$consumer/data"
  CONSUMER_VARIANT=$1 payload_until "migrate:create $1" "ls '$consumer/migrations/$1/'*.ts >/dev/null 2>&1" \
    migrate:create initial || return 1
  CONSUMER_VARIANT=$1 payload_until "migrate $1" \
    "(cd '$consumer' && CONSUMER_VARIANT=$1 npx payload migrate:status </dev/null) | grep -q 'Yes'" migrate
}
consumer_build() { (cd "$consumer" && timeout 900 npx next build); }
consumer_serve_and_check() { # variant
  local port log=".ci/out/consumer/next-start-$1.log"
  port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  # Its own process group (Next leaves workers behind), stopped by that group's id alone.
  CONSUMER_VARIANT=$1 setsid bash -c "cd '$consumer' && exec npx next start -H 127.0.0.1 -p $port" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$port/api/public/openapi.json" && break; sleep 1; done
  ARTIFACTS=.ci/out/consumer timeout 600 node tests/consumer/checkConsumerApp.mjs "http://127.0.0.1:$port" "$1"
  local rc=$?
  kill -- -"$pid" 2>/dev/null || kill "$pid"
  return $rc
}

consumer_started=$(date +%s)
check consumer-pack consumer_pack &&
  check consumer-install consumer_install &&
  check consumer-importmap consumer_importmap &&
  check consumer-migrate-plain consumer_migrate plain &&
  check consumer-migrate-custom consumer_migrate custom &&
  check consumer-build consumer_build &&
  { check consumer-plain consumer_serve_and_check plain; check consumer-custom consumer_serve_and_check custom; }
echo "consumer app check: $(($(date +%s) - consumer_started)) s"

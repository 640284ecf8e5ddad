# The consumer app check, sourced by .ci/run (uses its `check`): packs the plugin (npm pack runs the
# build), copies tests/consumer-app (an ordinary Payload 3 Next.js app with its own package.json and lock)
# to a directory outside this repo, installs its lock and the tarball there, generates its import map,
# creates and runs its migrations (SQLite), builds it once with `next build` and serves it with
# `next start` twice: the plain setup and the custom one (custom slugs, an auth collection with its own
# hooks and access, @payloadcms/plugin-seo beside ours), then the plain setup once more in the Express host
# of docs/express.md. tests/consumer/checkConsumerApp.mjs checks each over HTTP and in Chromium.
# Each step is one `check`; the first that fails skips the rest.
#
# Outside the repo because inside it Next takes the repo as its workspace root and Node finds the repo's
# own node_modules above the app's: a package the consumer lacks would be found there, as it would not
# be in a newsroom's app.
# Run alone (`bash .ci/consumer.sh`, from anywhere) it brings its own `check` and counts.
if ! declare -F check >/dev/null; then
  set -uo pipefail
  cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
  mkdir -p .ci/out
  passed=0 failed=0 consumer_alone=1
  check() { # name, command...: as in .ci/run, with the step's time
    local name=$1 started=$SECONDS; shift
    if "$@" >".ci/out/$name.log" 2>&1; then passed=$((passed + 1)); echo "ok: $name ($((SECONDS - started)) s)"
    else failed=$((failed + 1)); echo "FAILED: $name ($((SECONDS - started)) s)"; tail -n 60 ".ci/out/$name.log"; return 1; fi
  }
fi
consumer_dir=${CONSUMER_DIR:-$(mktemp -d /tmp/newsroom-consumer.XXXXXX)}
consumer_out=$PWD/.ci/out/consumer
# Ports of the three servers (CONSUMER_PORT to CONSUMER_PORT+2); by default a free one.
consumer_port=${CONSUMER_PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
export PAYLOAD_SECRET=consumer-check-secret NEXT_TELEMETRY_DISABLED=1
# @payloadcms/plugin-seo has no 3.90.2 release (its newest 3.x is 3.90.1, overridden in the app's
# package.json to use the app's payload 3.90.2): Payload's version check, which runs in the CLI
# (NODE_ENV is not production there), would refuse to migrate.
export PAYLOAD_DISABLE_DEPENDENCY_CHECKER=true
rm -rf "$consumer_out" && mkdir -p "$consumer_out"

# The Payload CLI sometimes exits 0 having done nothing (NOTES-payload.md): run until its output says
# it did the work.
payload_until() { # what, pattern its output shows when done, payload args...
  local what=$1 done=$2; shift 2
  for attempt in 1 2 3 4 5; do
    (cd "$consumer_dir" && npx payload "$@" </dev/null) >"$consumer_out/cli.tmp" 2>&1
    local rc=$?
    cat "$consumer_out/cli.tmp"
    [ "$rc" -eq 0 ] || return 1
    if grep -q "$done" "$consumer_out/cli.tmp"; then return 0; fi
    echo "$what: the Payload CLI exited having done nothing (attempt $attempt); again"
  done
  return 1
}

consumer_pack() {
  rm -f payload-plugin-newsroom-*.tgz
  # The tarball's name is the last line (the build, run by prepack, prints before it).
  npm pack --silent --pack-destination "$consumer_out" | tail -n 1 >"$consumer_out/pack-name.txt" &&
    test -s "$consumer_out/$(cat "$consumer_out/pack-name.txt")"
}
consumer_install() {
  tar -C tests/consumer-app -cf - --exclude=node_modules --exclude=.next --exclude=data \
    --exclude=migrations --exclude=next-env.d.ts . | tar -C "$consumer_dir" -xf - &&
    (cd "$consumer_dir" && npm ci --no-audit --no-fund --prefer-offline &&
      npm install --no-save --no-audit --no-fund --prefer-offline \
        "$consumer_out/$(cat "$consumer_out/pack-name.txt")") &&
    test -f "$consumer_dir/node_modules/payload-plugin-newsroom/dist/src/index.js"
}
consumer_importmap() {
  rm -f "$consumer_dir/app/(payload)/admin/importMap.js"
  # The custom setup's map (ours and plugin-seo's components) serves the plain one too.
  CONSUMER_VARIANT=custom payload_until importmap 'Writing import map' generate:importmap &&
    grep -q 'payload-plugin-newsroom/client' "$consumer_dir/app/(payload)/admin/importMap.js"
}
consumer_migrate() { # variant
  mkdir -p "$consumer_dir/migrations/$1" "$consumer_dir/data"
  CONSUMER_VARIANT=$1 payload_until "migrate:create $1" 'Migration created' migrate:create initial &&
    CONSUMER_VARIANT=$1 payload_until "migrate $1" 'Migrated:' migrate
}
# With the blank template's NODE_OPTIONS for its build script.
consumer_build() {
  (cd "$consumer_dir" &&
    NODE_OPTIONS="--no-deprecation --max-old-space-size=8000" timeout 1500 npx next build)
}
consumer_serve_and_check() { # variant, port[, how to serve: next (default) or express]
  local how=${3:-next}
  local log="$consumer_out/$how-start-$1.log" serve="exec npx next start -H 127.0.0.1 -p $2"
  [ "$how" = express ] && serve="NODE_ENV=production PORT=$2 exec node --import tsx server.ts"
  # Its own process group (Next leaves workers behind), stopped by that group's id alone.
  CONSUMER_VARIANT=$1 setsid bash -c "cd '$consumer_dir' && $serve" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 90); do
    curl -sf -o /dev/null "http://127.0.0.1:$2/api/public/openapi.json" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  ARTIFACTS=$consumer_out timeout 600 node tests/consumer/checkConsumerApp.mjs "http://127.0.0.1:$2" "$1"
  local rc=$?
  kill -- -"$pid" 2>/dev/null || kill "$pid" 2>/dev/null
  # What Next (⨯ with an error) or Payload's logger (an error of status 5xx) logs for a request that
  # failed on the server; not the experiments Next lists at start (⨯ before a disabled one), nor the
  # 4xx refusals Payload logs as ERROR too.
  if grep -E '⨯ .*Error|"status": 5[0-9][0-9]' "$log"; then
    echo "$how start ($1) logged errors (above)"
    rc=1
  fi
  return $rc
}

# The Express host of docs/express.md: its server.ts exactly as the page gives it, in the app's directory,
# on a database of its own (the plain setup's migrations), serving the app built above.
consumer_express() { # port
  node -e 'const md = require("fs").readFileSync(process.argv[1], "utf8");
    const block = md.match(/```ts\n(\/\/ server\.ts[\s\S]*?)```/);
    if (!block) { console.error("docs/express.md has no server.ts block"); process.exit(1) }
    process.stdout.write(block[1])' docs/express.md >"$consumer_dir/server.ts" &&
    export DATABASE_URI="file:$consumer_dir/data/express.db" &&
    CONSUMER_VARIANT=plain payload_until "migrate express" 'Migrated:' migrate &&
    consumer_serve_and_check plain "$1" express
  local rc=$?
  unset DATABASE_URI
  return $rc
}

consumer_started=$(date +%s)
check consumer-pack consumer_pack &&
  check consumer-install consumer_install &&
  check consumer-importmap consumer_importmap &&
  check consumer-migrate-plain consumer_migrate plain &&
  check consumer-migrate-custom consumer_migrate custom &&
  check consumer-build consumer_build &&
  {
    check consumer-plain consumer_serve_and_check plain "$consumer_port"
    check consumer-custom consumer_serve_and_check custom "$((consumer_port + 1))"
    check consumer-express consumer_express "$((consumer_port + 2))"
  }
[ -n "${CONSUMER_KEEP:-}" ] || rm -rf "$consumer_dir"
echo "consumer app check: $(($(date +%s) - consumer_started)) s"
if [ -n "${consumer_alone:-}" ]; then
  echo "tests: ${passed} passed, ${failed} failed"
  [ "$failed" -eq 0 ]
fi

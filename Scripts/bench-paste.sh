#!/usr/bin/env bash
# Times pastes into the reader's search prompt inside tmux: from `paste-buffer` until the end of
# the pasted text shows at the cursor. A bench, not a test: run it on a release build.
#
#   swift build -c release && Scripts/bench-paste.sh [.build/release/byline] [Articles]
set -euo pipefail
byline="${1:-.build/release/byline}"
corpus="${2:-Articles}"
socket="byline-bench-paste-$$"
home="$(mktemp -d)"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$home"' EXIT

screen() { tmux -L "$socket" capture-pane -p -t 0; }
wait_for() {  # wait_for PATTERN: poll the last line every 2 ms, up to 30 s
    local deadline=$((SECONDS + 30))
    until screen | tail -n 1 | grep -q -- "$1"; do
        [ $SECONDS -lt $deadline ] || { echo "timed out waiting for: $1" >&2; exit 1; }
        sleep 0.002
    done
}

tmux -L "$socket" -f /dev/null new-session -d -x 100 -y 30 \
    -e LANG=C.UTF-8 -e XDG_CACHE_HOME="$home/cache" -e XDG_STATE_HOME="$home/state" \
    -e XDG_CONFIG_HOME="$home/config" "'$byline' '$corpus'"
deadline=$((SECONDS + 60))
until screen | grep -q "? help"; do [ $SECONDS -lt $deadline ] || { echo "the reader did not start" >&2; exit 1; }; sleep 0.05; done

for size in 500 2000 10000; do
    text="$(python3 -c "import sys; n=int(sys.argv[1]); s=('harbour strike ' * n)[:n-4]; print(s + 'T$size', end='')" "$size")"
    tmux -L "$socket" send-keys -t 0 s
    wait_for "^search:"
    printf '%s' "$text" > "$home/paste"
    tmux -L "$socket" load-buffer -b bench "$home/paste"
    start=$(date +%s%N)
    tmux -L "$socket" paste-buffer -p -d -b bench -t 0
    wait_for "T$size"
    end=$(date +%s%N)
    printf 'paste of %5d characters: %6.1f ms until its end shows\n' "$size" "$(echo "($end - $start) / 1000000" | bc -l)"
    tmux -L "$socket" send-keys -t 0 Escape
    wait_for "help"
done

#!/usr/bin/env bash
# Drive the real `llmtui` in tmux as a user would; fail if the screen does not show what it should.
# Run by `make test` when tmux exists. Needs `llmtui` on PATH.
set -euo pipefail

session="llmtui-drive-$$"
data=$(mktemp -d)
export LLMTUI_DATA_DIR="$data"
# A private tmux server: its sessions get this script's environment, not a running server's.
tmux() { command tmux -L "$session" "$@"; }
cleanup() { tmux kill-server 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

screen() { tmux capture-pane -p -t "$session"; }

# wait_for TEXT [SECONDS]: poll the screen until TEXT shows.
wait_for() {
  local text=$1 limit=${2:-15} waited=0
  until screen | grep -qF -- "$text"; do
    sleep 0.2; waited=$((waited + 1))
    if [ "$waited" -ge $((limit * 5)) ]; then
      echo "tmux drive: FAILED waiting for: $text" >&2
      screen >&2
      exit 1
    fi
  done
}

step() { echo "tmux drive: $*"; }

tmux new-session -d -s "$session" -x 100 -y 30 "LLMTUI_DATA_DIR='$data' llmtui; echo LLMTUI-EXITED; sleep 30"

step "search as you type"
wait_for " concepts · 5 topics"
tmux send-keys -t "$session" 'kv cashe'
wait_for "Explain how KV Cache accelerates"
step "open the concept, walk to a related concept, come back"
tmux send-keys -t "$session" Enter
wait_for "Related concepts (why)"
wait_for "Stores every layer's key and value vectors"
step "relations read in their true direction"
wait_for "KV cache is a kind of caching"
wait_for "attention optimizes KV cache"  # Grouped-query (or Multi-query) attention optimizes KV cache
tmux send-keys -t "$session" Enter
wait_for "Search › KV cache › KV-cache offloading"
tmux send-keys -t "$session" Escape
wait_for "→ forward"
step "local graph"
tmux send-keys -t "$session" 2
wait_for "(depth 2: 1-3 change it, g hides)"
step "home; a palette action runs"
tmux send-keys -t "$session" h
wait_for "kv cashe"
tmux send-keys -t "$session" C-p
sleep 0.5; tmux send-keys -t "$session" 'interview history'; sleep 0.8
tmux send-keys -t "$session" Enter
wait_for "Interviews (Enter reviews one)"
tmux send-keys -t "$session" Escape
wait_for "kv cashe"
step "a two-question interview, left with Escape while typing"
tmux send-keys -t "$session" C-t
wait_for "this interview asks"
sleep 0.5; tmux send-keys -t "$session" C-a C-k; sleep 0.3; tmux send-keys -t "$session" '2'; sleep 0.3
tmux send-keys -t "$session" C-s
wait_for "Question 1/2"
tmux send-keys -t "$session" 'Attention with'
wait_for "Attention with"
tmux send-keys -t "$session" Escape
wait_for "Leave this interview?"
tmux send-keys -t "$session" n
sleep 0.5  # the dialog closes; the answer box has the keys again
tmux send-keys -t "$session" ' a KV cache'
wait_for "Attention with a KV cache"
tmux send-keys -t "$session" Escape
wait_for "Leave this interview?"
tmux send-keys -t "$session" y
wait_for "^r History"  # the search screen's key bar: the interview is left
step "resumed from history with its draft, finished, reviewed"
tmux send-keys -t "$session" C-r
wait_for "interrupted"
tmux send-keys -t "$session" r
wait_for "Attention with a KV cache"
sleep 0.3
tmux send-keys -t "$session" ' and softmax over tokens'
tmux send-keys -t "$session" C-s
wait_for "key points"
tmux send-keys -t "$session" 3
wait_for "Question 2/2"
tmux send-keys -t "$session" C-n
wait_for "Skipped: scheduled as Again"
tmux send-keys -t "$session" n
wait_for "Interview finished: 1 of 2 answered, 1 skipped"
step "undo the skip from the summary, skip again"
tmux send-keys -t "$session" C-z
wait_for "Question 2/2"
tmux send-keys -t "$session" C-n
wait_for "Skipped: scheduled as Again"
tmux send-keys -t "$session" n
wait_for "Interview finished: 1 of 2 answered, 1 skipped"
step "review a question from the summary"
tmux send-keys -t "$session" Enter
wait_for "Reference answer"
tmux send-keys -t "$session" Escape
wait_for "Interview finished"
step "stats, from history (an app-wide key)"
tmux send-keys -t "$session" Escape
wait_for "Interviews (Enter reviews one)"
tmux send-keys -t "$session" C-g
wait_for "True retention"
wait_for "Reviews per day"
tmux send-keys -t "$session" Escape
step "quit"
tmux send-keys -t "$session" C-q
wait_for "LLMTUI-EXITED"
llmtui history --json | grep -q '"status": "completed"' || { echo "tmux drive: history not saved" >&2; exit 1; }
step "at 80x24, a row wrapped to two lines keeps its second line when the list's scroll bar comes"
tmux kill-session -t "$session"
tmux new-session -d -s "$session" -x 80 -y 24 "LLMTUI_DATA_DIR='$data' llmtui; echo LLMTUI-EXITED; sleep 30"
wait_for " concepts · 5 topics"
tmux send-keys -t "$session" 'atten'
wait_for "Explain how masking works in masked self-attention in"
wait_for "Transformer.  · Transformer fundamentals"
tmux send-keys -t "$session" C-q
wait_for "LLMTUI-EXITED"
step "ok"

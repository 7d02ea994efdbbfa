#!/usr/bin/env bash
# Takes docs/editors.png: Neovim (apt-get install neovim tmux imagemagick) runs `karta lsp` on the
# demo plan in a detached tmux, the cursor goes to a due line, hover opens, and the pane is
# rendered to PNG. Run from the repository after `swift build`. The demo plan has its mistakes on
# purpose: they are what the screenshot shows.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$PWD"
work="$(mktemp -d)"
trap 'tmux kill-session -t karta-shot 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r editors/screenshot/demo/. "$work/"
cat > "$work/init.lua" <<LUA
vim.opt.runtimepath:append("$repo/editors/vim")
vim.env.PATH = "$(swift build --show-bin-path):" .. vim.env.PATH
dofile("$repo/editors/neovim/karta.lua")
vim.opt.number = true
vim.opt.swapfile = false
vim.opt.signcolumn = "yes"
vim.opt.background = "dark"
vim.diagnostic.config({ virtual_text = true, signs = true, underline = true })
vim.cmd("syntax on")
vim.cmd("highlight NormalFloat ctermbg=237 ctermfg=255")
LUA
TERM=xterm-256color tmux new-session -d -s karta-shot -x 132 -y 36 -c "$work" "nvim -u $work/init.lua plan.plan"
sleep 4
tmux send-keys -t karta-shot '17G9|'
sleep 0.5
tmux send-keys -t karta-shot ':lua vim.lsp.buf.hover()' Enter
sleep 2
tmux capture-pane -t karta-shot -e -p > "$work/capture.ans"
python3 editors/screenshot/ansi-to-png.py "$work/capture.ans" docs/editors.png
echo "wrote docs/editors.png"

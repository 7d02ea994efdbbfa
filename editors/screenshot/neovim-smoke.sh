#!/usr/bin/env bash
# Drives Neovim's own LSP client (headless) against `karta lsp` on the demo plan and prints what
# it got: the diagnostics, hover on a party code, definition of a subject in the included list,
# completion of party codes, and formatting (refused: the demo has a syntax error on purpose).
# Needs nvim (apt-get install neovim); run from the repository after `swift build`.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$PWD"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r editors/screenshot/demo/. "$work/"
cat > "$work/check.lua" <<LUA
vim.env.PATH = "$(swift build --show-bin-path):" .. vim.env.PATH
dofile("$repo/editors/neovim/karta.lua")
vim.cmd("edit $work/plan.plan")
vim.wait(10000, function() return #vim.diagnostic.get(0) > 0 end)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(out, string.format("diagnostic %d:%d %s", d.lnum + 1, d.col + 1, d.code or "?"))
end
local function request(method, params)
  for _, answer in pairs(vim.lsp.buf_request_sync(0, method, params, 5000) or {}) do return answer.result, answer.error end
end
local document = { uri = vim.uri_from_bufnr(0) }
local hover = request("textDocument/hover", { textDocument = document, position = { line = 9, character = 7 } })
table.insert(out, "hover on MOUO: " .. (hover and hover.contents.value or "nothing"))
local definition = request("textDocument/definition", { textDocument = document, position = { line = 21, character = 7 } })
table.insert(out, "definition of angarsk: " .. (definition and definition[1] and definition[1].uri or "nothing"))
local completion = request("textDocument/completion", { textDocument = document, position = { line = 19, character = 17 } })
local labels = {}
for _, item in ipairs(completion and completion.items or {}) do table.insert(labels, item.label) end
table.insert(out, "completion after 'owner: MINOBR, MOU': " .. table.concat(labels, ", "))
local edits, refusal = request("textDocument/formatting", { textDocument = document, options = { tabSize = 2, insertSpaces = true } })
table.insert(out, "formatting: " .. (refusal and ("refused: " .. refusal.message) or (#edits .. " edit(s)")))
vim.fn.writefile(out, "$work/out.txt")
vim.cmd("qa!")
LUA
(cd "$work" && timeout 60 nvim --headless -u NONE -c "luafile $work/check.lua")
cat "$work/out.txt"

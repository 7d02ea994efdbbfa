-- Karta plans in Neovim (0.7 and later): filetype, highlighting from editors/vim, and `karta lsp`.
-- Put this file on your runtime path (or `dofile` it from init.lua) with editors/vim on 'runtimepath'
-- for the syntax file; see docs/editors.md.
vim.filetype.add({ extension = { plan = "karta", verify = "kartaverify" } })
-- Neovim 0.7 reads vim.filetype.add only with g:do_filetype_lua set; this covers it too.
vim.cmd([[autocmd BufNewFile,BufRead *.plan setfiletype karta]])

local client_id = nil

-- Settings: vim.g.karta_path (the executable, default "karta") and vim.g.karta_debounce
-- (milliseconds), set before this file is read.
local function command()
  local cmd = { vim.g.karta_path or "karta", "lsp" }
  if vim.g.karta_debounce then
    table.insert(cmd, "--debounce")
    table.insert(cmd, tostring(vim.g.karta_debounce))
  end
  return cmd
end

-- The workspace is the nearest folder above the file that holds .git, or else a folder named
-- Rules (or rules), or else the file's folder: a subject list or calendar opened on its own is then
-- read through the plan beside it that includes it.
local function workspace(file)
  local folder = vim.fn.fnamemodify(file, ":p:h")
  local git = vim.fn.finddir(".git", folder .. ";")
  if git ~= "" then return vim.fn.fnamemodify(git, ":p:h:h") end
  local dir = folder
  while dir ~= "/" and dir ~= "" do
    local name = vim.fn.fnamemodify(dir, ":t")
    if name == "Rules" or name == "rules" then return dir end
    dir = vim.fn.fnamemodify(dir, ":h")
  end
  return folder
end

local function start_karta(buffer)
  local config = {
    name = "karta",
    cmd = command(),
    root_dir = workspace(vim.api.nvim_buf_get_name(buffer)),
  }
  if vim.lsp.start then
    vim.lsp.start(config, { bufnr = buffer })  -- Neovim 0.8+: reuses a running client
    return
  end
  if client_id == nil or vim.lsp.client_is_stopped(client_id) then
    client_id = vim.lsp.start_client(config)
  end
  vim.lsp.buf_attach_client(buffer, client_id)
end

vim.api.nvim_create_autocmd("FileType", {
  pattern = "karta",
  callback = function(args) start_karta(args.buf) end,
})

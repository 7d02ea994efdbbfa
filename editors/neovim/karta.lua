-- Karta plans in Neovim (0.7 and later): filetype, highlighting from editors/vim, and `karta lsp`.
-- Put this file on your runtime path (or `dofile` it from init.lua) with editors/vim on 'runtimepath'
-- for the syntax file; see docs/editors.md.
vim.filetype.add({ extension = { plan = "karta", verify = "kartaverify" } })
-- Neovim 0.7 reads vim.filetype.add only with g:do_filetype_lua set; this covers it too.
vim.cmd([[autocmd BufNewFile,BufRead *.plan setfiletype karta]])

local client_id = nil

local function start_karta(buffer)
  local root = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buffer), ":p:h")
  local config = {
    name = "karta",
    cmd = { "karta", "lsp" },
    root_dir = root,
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

-- Neovim side of screenshot.sh: the built-in LSP client (Neovim 0.7 as in Debian 12, hence
-- vim.lsp.start_client) attached to `skj lsp`; the analyst lowers M.04 below the Administrator
-- floor without saving, then hovers on the underlined level.
vim.o.number = true
vim.o.swapfile = false
vim.o.wrap = false
vim.o.laststatus = 2
vim.o.signcolumn = 'yes'
vim.cmd('syntax on')
vim.cmd('highlight NormalFloat ctermbg=237 ctermfg=252')
vim.cmd('highlight FloatBorder ctermbg=237 ctermfg=110')
vim.cmd('highlight StatusLine ctermbg=24 ctermfg=255 cterm=NONE')
vim.lsp.handlers['textDocument/hover'] = vim.lsp.with(vim.lsp.handlers.hover, { border = 'rounded', max_width = 84, max_height = 34 })
local client = vim.lsp.start_client({
  name = 'skj',
  cmd = { 'node', os.getenv('SKJ_BIN'), 'lsp' },
  root_dir = vim.fn.getcwd(),
  cmd_env = { SKJ_LANG = 'id' },
})
vim.api.nvim_create_autocmd('BufEnter', {
  pattern = '*.yaml',
  callback = function(args) vim.lsp.buf_attach_client(args.buf, client) end,
})
vim.defer_fn(function()
  vim.api.nvim_buf_set_lines(0, 18, 19, false, { '    M.04: 2' })
  vim.api.nvim_win_set_cursor(0, { 19, 10 })
  vim.cmd('normal! zt')
  vim.cmd('normal! 3\25')
end, 7000)
vim.defer_fn(function()
  vim.api.nvim_win_set_cursor(0, { 19, 10 })
  vim.lsp.buf.hover()
end, 13000)

-- Neovim headless as a second LSP client: start the Newsdesk server on an article, wait for its
-- diagnostics, ask for a hover, write what came back to a JSON file and quit.
-- Uses vim.lsp.start_client + buf_attach_client (Neovim 0.7 and later; 0.8+ also has vim.lsp.start).
-- Environment: NEWSDESK_NODE, NEWSDESK_SERVER, NEWSDESK_FILE, NEWSDESK_OUT, NEWSDESK_HOVER ("line,character").
local out = assert(os.getenv('NEWSDESK_OUT'))

local function write(result)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
end

local function main()
  local file = assert(os.getenv('NEWSDESK_FILE'))
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'newsdesk',
    cmd = { os.getenv('NEWSDESK_NODE') or 'node', assert(os.getenv('NEWSDESK_SERVER')), '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
  })
  assert(client_id, 'the server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)

  local got = vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  local result = { version = vim.version(), diagnostics = {}, hover = vim.NIL, waited = got }
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(result.diagnostics, {
      line = d.lnum, col = d.col, message = d.message, source = d.source, code = d.code or lsp.code,
    })
  end

  local line, character = (os.getenv('NEWSDESK_HOVER') or '0,0'):match('(%d+),(%d+)')
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = tonumber(line), character = tonumber(character) } }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 10000) or {}
  for _, r in pairs(responses) do
    if r.result and r.result.contents then result.hover = r.result.contents.value or r.result.contents end
    if r.err then result.hoverError = r.err.message end
  end
  vim.lsp.stop_client(client_id)
  write(result)
end

local ok, err = pcall(main)
if not ok then write({ error = tostring(err) }) end
vim.cmd('qa!')

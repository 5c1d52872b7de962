-- Neovim's own LSP client against planls, headless (tests/lsp/run's nvim
-- case).  In the directory of the case's plans: opens main.plan, which
-- has an error, and waits for its diagnostic; opens partner.plan and jumps
-- from an update's action id to the action in main.plan; then, as the
-- server offers it, formats messy.plan.  Writes what it saw, one fact a
-- line, to result.txt, and quits with status 0, or 1 after an error.
-- vim.lsp.start came in Neovim 0.8: before it, start_client and attach.
local lines = {}
local function say(s) table.insert(lines, s) end

local function attach(client)
  if client then
    vim.lsp.buf_attach_client(0, client)
    return client
  end
  return vim.lsp.start_client({ name = "planls", cmd = { "planls" }, root_dir = vim.fn.getcwd() })
end

local function run()
  vim.cmd("edit main.plan")
  local client = attach(nil)
  attach(client)
  say("client " .. tostring(client ~= nil))
  local ok = vim.wait(10000, function() return #vim.diagnostic.get(0) > 0 end, 20)
  say("diagnostic " .. tostring(ok))
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    say(string.format("diag %d:%d %s %s", d.lnum + 1, d.col + 1, tostring(code), d.message))
  end

  vim.cmd("edit partner.plan")
  attach(client)
  vim.api.nvim_win_set_cursor(0, { 1, 11 })   -- on "A1" of "2019-04-01 A1 amber"
  vim.wait(5000, function() return vim.lsp.buf_is_attached(0, client) end, 20)
  vim.lsp.buf.definition()
  ok = vim.wait(10000, function() return vim.fn.expand("%:t") == "main.plan" end, 20)
  local pos = vim.api.nvim_win_get_cursor(0)
  say(string.format("definition %s %s %d:%d", tostring(ok), vim.fn.expand("%:t"), pos[1], pos[2] + 1))

  local c = vim.lsp.get_client_by_id(client)
  if c and c.server_capabilities and c.server_capabilities.documentFormattingProvider then
    vim.cmd("edit messy.plan")
    attach(client)
    vim.wait(5000, function() return vim.lsp.buf_is_attached(0, client) end, 20)
    local before = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n")
    if vim.lsp.buf.format then
      vim.lsp.buf.format({ async = false, timeout_ms = 10000 })
    else
      vim.lsp.buf.formatting_sync(nil, 10000)
    end
    local after = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n")
    say("formatted " .. tostring(before ~= after))
    for _, l in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do say("| " .. l) end
  else
    say("no formatting")
  end
end

local ok, err = pcall(run)
if not ok then say("error " .. tostring(err)) end
vim.fn.writefile(lines, "result.txt")
vim.cmd(ok and "qall!" or "cquit! 1")

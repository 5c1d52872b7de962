" Sourced by tests/editors/run in Vim with editors/vim on 'runtimepath' and
" error.plan being edited: runs :make (compiler plancheck, which the
" ftplugin chose) and writes the quickfix list to make.out, each entry
" with the six bytes its line and column point at.
silent make!
let g:out = []
for s:e in getqflist()
  let s:at = strpart(get(getbufline(s:e.bufnr, s:e.lnum), 0, ''), s:e.col - 1, 6)
  call add(g:out, printf('%s:%d:%d: "%s" %s %s', bufname(s:e.bufnr), s:e.lnum, s:e.col, s:at,
        \ s:e.type, s:e.text))
endfor
call add(g:out, 'valid ' . len(filter(getqflist(), 'v:val.valid')))
call writefile(g:out, 'make.out')
qall!

" Sourced by tests/editors/run in Vim with editors/vim on 'runtimepath' and
" error.plan being edited: runs :make (compiler plancheck, which the
" ftplugin chose) and writes the quickfix list to make.out.
silent make!
let g:out = []
for s:e in getqflist()
  call add(g:out, printf('%s:%d:%d: %s %s', bufname(s:e.bufnr), s:e.lnum, s:e.col, s:e.type,
        \ s:e.text))
endfor
call add(g:out, 'valid ' . len(filter(getqflist(), 'v:val.valid')))
call writefile(g:out, 'make.out')
qall!

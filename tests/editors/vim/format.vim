" Sourced by tests/editors/run in Vim with editors/vim on 'runtimepath' and
" messy.plan being edited: formats the whole buffer with gq, which the
" ftplugin makes run planfmt, and writes the buffer to format.out.
normal! gggqG
call writefile(getline(1, '$'), 'format.out')
qall!

" Vim filetype plugin for plan files: comments, formatting with planfmt,
" :make with plancheck (compiler/plancheck.vim), two spaces a level.
if exists('b:did_ftplugin')
  finish
endif
let b:did_ftplugin = 1

" A comment is a line whose first non-blank character is '#' (SPEC.md 3).
setlocal comments=:# commentstring=#\ %s
" gq rewrites the lines through planfmt, which reads standard input.
setlocal formatprg=planfmt\ -
" Fields two spaces in, their text four: spaces, never tabs.
setlocal expandtab shiftwidth=2 softtabstop=2
compiler plancheck

let b:undo_ftplugin = 'setlocal comments< commentstring< formatprg< expandtab< shiftwidth<'
      \ . ' softtabstop< makeprg< errorformat<'
      \ . ' | unlet! b:current_compiler'

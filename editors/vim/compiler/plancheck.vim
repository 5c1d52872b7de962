" Vim compiler file for plancheck: :make checks the current plan file and
" fills the quickfix list with its diagnostics.  plancheck prints
" FILE:LINE:COLUMN: SEVERITY: MESSAGE [CHECK], then the line and a caret
" (ignored here), then a count.  --column-unit=byte makes its columns
" count bytes, as Vim's quickfix list does.
if exists('current_compiler')
  finish
endif
let current_compiler = 'plancheck'

if exists(':CompilerSet') != 2
  command -nargs=* CompilerSet setlocal <args>
endif

let s:cpo_save = &cpo
set cpo&vim

CompilerSet makeprg=plancheck\ --column-unit=byte\ %:S
CompilerSet errorformat=%f:%l:%c:\ %trror:\ %m,
      \%f:%l:%c:\ %tarning:\ %m,
      \%f:%l:%c:\ %tote:\ %m,
      \%-G%.%#

let &cpo = s:cpo_save
unlet s:cpo_save

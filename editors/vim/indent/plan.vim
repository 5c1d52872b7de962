" Vim indent file for plan files: fields one 'shiftwidth' in (two spaces),
" the text of a field as much again, directives, includes and updates in
" separate form at the left margin; editors/emacs/plan-mode.el indents the
" same way.  A line continues a field's text when its indentation extends
" that of the field's line (SPEC.md section 4), so a line is first asked
" whether it does (s:Opener), whatever word it starts with.
"
" The word lists below are written by editors/gen.c from the language's
" tables (make editor-words).
if exists('b:did_indent')
  finish
endif
let b:did_indent = 1
setlocal indentexpr=GetPlanIndent(v:lnum) indentkeys=!^F,o,O
let b:undo_indent = 'setlocal indentexpr< indentkeys<'
if exists('*GetPlanIndent')
  finish
endif
let s:cpo_save = &cpo
set cpo&vim

" generated: directives
let s:directives = ['objective', 'section', 'action', 'plan']
" generated: include
let s:include = ['include']
" generated: fields
let s:fields = ['organisation', 'organization', 'milestone', 'statement', 'baseline', 'decision', 'quarters', 'measure', 'actual', 'period', 'person', 'review', 'status', 'target', 'update', 'board', 'check', 'stale', 'start', 'title', 'lead', 'note', 'due']
" generated: update-fields
let s:update_fields = ['update']

let s:kw = '\c^\s*\%(' . join(s:directives + s:include, '\|') . '\)\%(\s\|$\)'
let s:field = '\c^\s*\%(' . join(s:fields, '\|') . '\)\%(\s\|:\|$\)'
let s:update = '\c^\s*\%(\%(' . join(s:update_fields, '\|') . '\)\%(\s\|:\|$\)\|\d\)'

function! s:Indentation(lnum) abort
  return matchstr(getline(a:lnum), '^\s*')
endfunction

function! s:OpensBlock(lnum) abort
  let l:l = getline(a:lnum)
  return l:l =~ s:field || l:l =~ '^\s*\d'
endfunction

function! s:Skipped(lnum) abort
  return getline(a:lnum) =~ '^\s*\%(#.*\)\=$'
endfunction

" The line whose text block line lnum continues, or 0.
function! s:Opener(lnum) abort
  let l:ind = s:Indentation(a:lnum)
  let l:n = a:lnum - 1
  while l:ind !=# '' && l:n > 0 && a:lnum - l:n <= 1000
    if !s:Skipped(l:n)
      let l:p = s:Indentation(l:n)
      if strlen(l:p) < strlen(l:ind) && strpart(l:ind, 0, strlen(l:p)) ==# l:p
        if s:OpensBlock(l:n)
          return l:n
        elseif getline(l:n) =~ s:kw
          return 0
        endif
      endif
    endif
    let l:n -= 1
  endwhile
  return 0
endfunction

function! GetPlanIndent(lnum) abort
  let l:l = getline(a:lnum)
  let l:op = s:Opener(a:lnum)
  if l:op
    return indent(l:op) + shiftwidth()
  elseif l:l =~ '^\s*#'
    return -1
  elseif l:l =~ s:kw || l:l =~ '^\s*\d'
    return 0
  elseif l:l =~ s:field
    return shiftwidth()
  endif
  let l:p = a:lnum - 1
  while l:p > 0 && s:Skipped(l:p)
    let l:p -= 1
  endwhile
  if l:p == 0
    return 0
  endif
  let l:pop = s:Opener(l:p)
  if l:l =~ '^\s*$'
    " A new line: a field after a directive, an update's text after an
    " update, else where the line above is.
    if !l:pop && getline(l:p) =~ s:kw
      return shiftwidth()
    elseif !l:pop && getline(l:p) =~ s:update
      return indent(l:p) + shiftwidth()
    endif
    return indent(l:p)
  endif
  " Text: the text of the block above, if any.
  if l:pop
    return indent(l:pop) + shiftwidth()
  elseif s:OpensBlock(l:p)
    return indent(l:p) + shiftwidth()
  endif
  return shiftwidth()
endfunction

let &cpo = s:cpo_save
unlet s:cpo_save

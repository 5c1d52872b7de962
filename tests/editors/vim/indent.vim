" Sourced by tests/editors/run in Vim with editors/vim on 'runtimepath':
" indents unindented plan lines with = (indent/plan.vim), and the new line
" after each of a few lines, and writes the result to indent.out.
enew
setfiletype plan
call setline(1, ['action A1 Title', 'lead Jo', 'due 2019-03', 'update 2019-01-10 green',
      \ 'text', '      more text', '  plan P1', '2019-01-10 A1 red', 'its text',
      \ '    lead as text'])
normal! gg=G
let g:out = getline(1, '$')
" The new line's indentation after each line (o).
for s:l in ['action A1 Title', '  lead Jo', '  update 2019-01-10 green', '    its text',
      \ '2019-01-10 A1 red']
  %delete _
  call setline(1, s:l)
  call append(1, '')
  call add(g:out, printf('after "%s": %d', s:l, GetPlanIndent(2)))
endfor
call writefile(g:out, 'indent.out')
qall!

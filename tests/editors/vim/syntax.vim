" Sourced by tests/editors/run in Vim with editors/vim on 'runtimepath' and
" sample.plan being edited: writes to syntax.out the filetype, the options
" the ftplugin sets, and the syntax group at the start of each text below.
let g:out = ['filetype ' . &filetype, 'formatprg ' . &l:formatprg,
      \ 'commentstring ' . &l:commentstring, 'makeprg ' . &l:makeprg]

function! s:Probe(lnum, text) abort
  let l:col = stridx(getline(a:lnum), a:text) + 1
  let l:name = l:col ? synIDattr(synID(a:lnum, l:col, 1), 'name') : 'NOT FOUND'
  call add(g:out, printf('%d %s: %s', a:lnum, a:text, l:name))
endfunction

for [s:l, s:t] in [[1, '#'], [2, 'plan'], [2, 'VVE18'], [2, 'Community'], [3, 'period'],
      \ [3, '2018/19'], [11, 'and'], [13, 'baseline'], [13, '2017/18'], [13, '1,234'],
      \ [17, 'lead'], [17, 'Louis'], [18, '31 March'], [18, 'for'], [19, 'quarterly'],
      \ [20, 'annually'], [20, 'in'], [20, 'October'], [21, 'decision'], [21, '2019-05-17'],
      \ [21, 'continue'], [21, 'into'], [22, 'update'], [22, 'green'], [22, 'by'],
      \ [22, 'Harrow'], [23, 'Ongoing'], [24, 'lead'], [25, '#'], [26, 'due'],
      \ [28, 'include'], [28, 'updates.plan'], [30, '2019-01-10'], [30, 'HV1.1'],
      \ [30, 'amber'], [30, 'Housing'], [31, 'Autumn'], [32, 'review']]
  call s:Probe(s:l, s:t)
endfor
call add(g:out, 'errors ' . v:errmsg)
call writefile(g:out, 'syntax.out')
qall!

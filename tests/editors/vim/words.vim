" Sourced by tests/editors/run in Vim with editors/vim on 'runtimepath' and
" words.plan being edited (tests/editors/words.awk: every word of gen
" --list and every date of gen --dates where the language reads it):
" writes to words.out each word of the table `probes` whose syntax group,
" at its first or last byte, is not the one its kind wants, or whose group
" goes on past it; then the number of words probed.
let s:want = {'directive': ['planDirective'], 'include': ['planInclude'],
      \ 'field': ['planField'], 'date': ['planDate', 'planSeparateDate'],
      \ 'rhythm': ['planRhythm', 'planEvery'], 'placeholder': ['planPlaceholder'],
      \ 'month': ['planMonth'], 'rag': ['planRag'], 'verb': ['planVerb']}
let g:out = []
let s:n = 0
for s:row in readfile('probes')
  let [s:l, s:c, s:len, s:kind, s:text] = split(s:row, "\t", 1)
  let [s:l, s:c, s:len] = [str2nr(s:l), str2nr(s:c), str2nr(s:len)]
  let s:first = synIDattr(synID(s:l, s:c, 1), 'name')
  let s:last = synIDattr(synID(s:l, s:c + s:len - 1, 1), 'name')
  let s:after = s:c + s:len <= strlen(getline(s:l)) ?
        \ synIDattr(synID(s:l, s:c + s:len, 1), 'name') : ''
  if index(s:want[s:kind], s:first) < 0 || s:last !=# s:first || s:after ==# s:first
    call add(g:out, printf('%d:%d %s "%s": %s, %s, then %s', s:l, s:c, s:kind, s:text,
          \ s:first, s:last, s:after))
  endif
  let s:n += 1
endfor
call add(g:out, s:n . ' probed')
call writefile(g:out, 'words.out')
qall!

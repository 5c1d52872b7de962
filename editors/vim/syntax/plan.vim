" Vim syntax file for plan files (SPEC.md sections 3 to 8).
"
" A line is a comment, a directive (plan, section, objective, action: an
" id and a title), an include, a field, or an update in separate form (a
" line that starts with a date: then an action's id, a rating).  A field
" line and a separate update open a text block: the lines below it indented
" deeper are its text, whatever word they start with.  So each of them is
" a region that starts at its keyword or date (coloured by the region's
" matchgroup), remembers its line's indentation (\z1), and ends before the
" first line with content that is not indented deeper (comment and blank
" lines do not end it).  The rest of its first line is read by the item
" for its kind of field (planWhen, planDecision, ...: dates, rhythms,
" ratings where the scanner reads them), the lines below are planContinued.
"
" The word lists below are written by editors/gen.c from the language's
" tables (make editor-words); edit the rest by hand.
if exists('b:current_syntax')
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
" generated: when-fields
let s:when_fields = ['period', 'review', 'start', 'due']
" generated: decision-fields
let s:decision_fields = ['decision']
" generated: update-fields
let s:update_fields = ['update']
" generated: figure-fields
let s:figure_fields = ['milestone', 'baseline', 'actual', 'target']
" generated: rhythms
let s:rhythms = ['every fortnight', 'every quarter', 'twice a year', 'twice yearly', 'bi-annually', 'every month', 'fortnightly', 'half yearly', 'half-yearly', 'six monthly', 'six-monthly', 'bi-monthly', 'biannually', 'every term', 'every week', 'every year', 'halfyearly', 'sixmonthly', '6 monthly', '6-monthly', 'bi-annual', 'bimonthly', 'quarterly', '6monthly', 'annually', 'biannual', 'on going', 'on-going', 'monthly', 'ongoing', 'annual', 'termly', 'weekly', 'yearly']
" generated: every-units
let s:every_units = ['months', 'month', 'weeks', 'years', 'week', 'year']
" generated: when-words
let s:when_words = ['in', 'to']
" generated: placeholders
let s:placeholders = ['n/a', 'tba', 'tbc', 'tbd']
" generated: rags
let s:rags = ['amber', 'green', 'red']
" generated: verbs
let s:verbs = ['decommissioned', 'decommission', 'completed', 'continued', 'complete', 'continue', 'removed', 'remove']
" generated: decision-words
let s:decision_words = ['into']
" generated: months
let s:months = ['september', 'december', 'february', 'november', 'january', 'october', 'august', 'april', 'march', 'july', 'june', 'sept', 'apr', 'aug', 'dec', 'feb', 'jan', 'jul', 'jun', 'mar', 'may', 'nov', 'oct', 'sep']

" The words as one alternation, a space in a word matching any blanks.
function! s:Alt(words) abort
  let l:w = map(copy(a:words), {_, v -> substitute(escape(v, '\/.*$^~['), ' ', '\\s\\+', 'g')})
  return '\%(' . join(l:w, '\|') . '\)'
endfunction

" A word ends at a blank or at the end of the line (a keyword also at a colon).
let s:end = '\%(\s\|$\)\@='
let s:mon = s:Alt(s:months)
" A date ends at a blank, a comma or the end of the line.
let s:dend = '\%(\s\|,\|$\)\@='

" The dates of SPEC.md section 7, longest forms first (Vim takes the first
" alternative that matches); '/' is escaped, as the patterns below are
" written between slashes.
let s:date = '\<\%('
      \ . 'q[1-4]\s\+\d\{4}\%(\/\d\{2}\%(\d\{2}\)\=\)\='
      \ . '\|\d\{4}\/\d\{2}\%(\d\{2}\)\=\s\+q[1-4]'
      \ . '\|\d\{1,2}\%(st\|nd\|rd\|th\)\=\s\+\%(of\s\+\)\=' . s:mon . '\s\+\d\{4}'
      \ . '\|' . s:mon . '\s\+\d\{4}'
      \ . '\|' . s:mon . '-\d\{2}\%(\d\{2}\)\='
      \ . '\|\d\{1,2}\/\d\{1,2}\/\d\{4}\|\d\{1,2}\.\d\{1,2}\.\d\{4}\|\d\{1,2}-\d\{1,2}-\d\{4}'
      \ . '\|\d\{4}\s*-\s*\d\{4}'
      \ . '\|\d\{4}-q[1-4]\|\d\{4}-\d\{2}-\d\{2}\|\d\{4}\/\d\{2}\%(\d\{2}\)\=\|\d\{4}-\d\{2}\|\d\{4}'
      \ . '\)' . s:dend

syntax case ignore
syntax sync minlines=200

syntax match planComment /^\s*#.*$/ contains=@Spell

" Directives: the keyword, the id, the title.
execute 'syntax match planDirective /^\s*\zs' . s:Alt(s:directives) . s:end . '/ nextgroup=planId skipwhite'
syntax match planId /[[:alnum:]]\+\%([._-][[:alnum:]]\+\)*\.\=/ contained nextgroup=planTitle skipwhite
syntax match planTitle /.*$/ contained contains=@Spell
execute 'syntax match planInclude /^\s*\zs' . s:Alt(s:include) . s:end . '/ nextgroup=planPath skipwhite'
syntax match planPath /.*$/ contained

" Fields and separate updates: each is a region that starts at its keyword
" (or date), which the region's matchgroup colours, and ends before the
" first line with content that is not indented deeper than the line it
" started on (\z1): its text block.  The rest of the first line is read by
" the contained items; the lines below are planContinued.  Directives open
" no block.
let s:kw_end = '\ze\%(\s\|:\|$\)'
let s:block_end = ' end=/^\%(\z1\s\+\S\|\s*$\|\s*#\)\@!/'
execute 'syntax region planTextBlock matchgroup=planField start=/^\z(\s*\)\zs'
      \ . s:Alt(s:fields) . s:kw_end . '/' . s:block_end . ' contains=@planText'
" The fields whose line reads dates: a date, a range, a rhythm, then a note after a comma.
execute 'syntax region planWhenBlock matchgroup=planField start=/^\z(\s*\)\zs'
      \ . s:Alt(s:when_fields) . s:kw_end . '/' . s:block_end . ' contains=planWhen,@planText'
execute 'syntax region planDecisionBlock matchgroup=planField start=/^\z(\s*\)\zs'
      \ . s:Alt(s:decision_fields) . s:kw_end . '/' . s:block_end . ' contains=planDecision,@planText'
execute 'syntax region planUpdateBlock matchgroup=planField start=/^\z(\s*\)\zs'
      \ . s:Alt(s:update_fields) . s:kw_end . '/' . s:block_end . ' contains=planUpdate,@planText'
execute 'syntax region planFigureBlock matchgroup=planField start=/^\z(\s*\)\zs'
      \ . s:Alt(s:figure_fields) . s:kw_end . '/' . s:block_end . ' contains=planFigure,@planText'
" An update in separate form: its date, its action's id, a rating, an author.
execute 'syntax region planSeparateBlock matchgroup=planSeparateDate start=/^\z(\s*\)\zs'
      \ . s:date . '/' . s:block_end . ' contains=planSeparate,@planText'

syntax match planWhen /[^,]*/ contained
      \ contains=planDate,planRhythm,planEvery,planPlaceholder,planWhenWord,planMonth
      \ nextgroup=planNote
syntax match planNote /,.*$/ contained contains=@Spell
syntax match planDecision /[^,]*/ contained contains=planDate,planVerb,planDecisionWord nextgroup=planNote
syntax match planUpdate /.*$/ contained contains=planDate,planRag,planBy
execute 'syntax match planFigure /\s\+' . s:date . '/ contained contains=planDate'
syntax match planSeparate /\s\+\S\+/ contained contains=planRef nextgroup=planUpdate
syntax match planRef /\S\+/ contained
" Defined after planWhen, planDecision and the others, so that these win
" where both match, at the start of a line: a block's text.
syntax match planContinued /^\s\+\S.*$/ contained contains=@Spell
syntax match planComment /^\s*#.*$/ contained contains=@Spell
syntax cluster planText contains=planContinued,planComment

execute 'syntax match planRhythm /\<' . s:Alt(s:rhythms) . s:dend . '/ contained'
execute 'syntax match planEvery /\<every\s\+\d\+\s\+' . s:Alt(s:every_units) . s:dend . '/ contained'
execute 'syntax match planPlaceholder /\<' . s:Alt(s:placeholders) . s:dend . '/ contained'
execute 'syntax match planWhenWord /\<' . s:Alt(s:when_words) . '\>/ contained'
execute 'syntax match planMonth /\<' . s:mon . '\>/ contained'
execute 'syntax match planVerb /\<' . s:Alt(s:verbs) . '\>/ contained'
execute 'syntax match planDecisionWord /\<' . s:Alt(s:decision_words) . '\>/ contained'
execute 'syntax match planRag /\<' . s:Alt(s:rags) . '\>/ contained'
" Last: a date wins over a month that starts it ("March 2019").
execute 'syntax match planDate /' . s:date . '/ contained'
syntax match planBy /\<by\>.*$/ contained contains=planByWord
syntax match planByWord /\<by\>/ contained

highlight default link planComment Comment
highlight default link planDirective Statement
highlight default link planInclude Include
highlight default link planPath String
highlight default link planId Identifier
highlight default link planRef Identifier
highlight default link planTitle Title
highlight default link planField Keyword
highlight default link planDate Number
highlight default link planSeparateDate Number
highlight default link planRhythm Constant
highlight default link planEvery Constant
highlight default link planMonth Constant
highlight default link planPlaceholder Special
highlight default link planWhenWord Operator
highlight default link planDecisionWord Operator
highlight default link planVerb Type
highlight default link planRag Constant
highlight default link planBy String
highlight default link planByWord Operator
highlight default link planNote String

let b:current_syntax = 'plan'
let &cpo = s:cpo_save
unlet s:cpo_save

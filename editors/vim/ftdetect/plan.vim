" Vim filetype detection for plan files (editors/README.md).
autocmd BufNewFile,BufRead *.plan setfiletype plan

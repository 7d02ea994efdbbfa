autocmd BufNewFile,BufRead *.plan setfiletype karta

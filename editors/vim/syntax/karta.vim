" Karta plan files: declarations, properties, ids, dates and whole-line comments.
if exists('b:current_syntax') | finish | endif
syntax case ignore
syntax match kartaComment /^\s*#.*$/
syntax match kartaDeclaration /^\s*\%(plan\|include\|subjects\|party\|section\|item\|report\|event\|amendment\|план\|включить\|перечень\|исполнитель\|раздел\|мероприятие\|отч[её]т\|событие\|изменение\|calendar\|календарь\)\ze\%(\s\+[^ \t:]\+\)\=\s*:/ nextgroup=kartaIdentifier skipwhite
syntax match kartaIdentifier /[^ \t:]\+\ze\s*:/ contained
syntax match kartaProperty /^\s\+\k[[:alnum:]а-яА-ЯёЁ-]*\ze\%(\s\+[^ \t:]\+\)\=\s*:/ nextgroup=kartaArgument skipwhite
syntax match kartaArgument /[^ \t:]\+\ze\s*:/ contained
syntax match kartaDate /\<\d\{1,2}\.\d\{1,2}\.\d\{4}\>/
highlight default link kartaComment Comment
highlight default link kartaDeclaration Keyword
highlight default link kartaIdentifier Identifier
highlight default link kartaProperty Statement
highlight default link kartaArgument Type
highlight default link kartaDate Number
let b:current_syntax = 'karta'

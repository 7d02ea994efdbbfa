;;; karta-mode.el --- Karta plan files, with eglot and `karta lsp'  -*- lexical-binding: t; -*-

;; Load with (load "/path/to/editors/emacs/karta-mode.el"); see docs/editors.md.

;;; Code:

(defconst karta-declarations
  '("plan" "include" "subjects" "party" "section" "item" "report" "event" "amendment"
    "план" "включить" "перечень" "исполнитель" "раздел" "мероприятие" "отчет" "отчёт" "событие" "изменение" "calendar" "календарь"))

(defconst karta-font-lock-keywords
  `(("^[ \t]*#.*$" . font-lock-comment-face)
    (,(concat "^[ \t]*\\(" (regexp-opt karta-declarations) "\\)\\(?:[ \t]+\\([^ \t:]+\\)\\)?[ \t]*:")
     (1 font-lock-keyword-face) (2 font-lock-type-face nil t))
    ("^[ \t]+\\([[:alpha:]-]+\\)\\(?:[ \t]+\\([^ \t:]+\\)\\)?[ \t]*:"
     (1 font-lock-builtin-face) (2 font-lock-variable-name-face nil t))
    ("\\<[0-9][0-9]?\\.[0-9][0-9]?\\.[0-9]\\{4\\}\\>" . font-lock-constant-face))
  "Highlighting: comments are whole lines only, as in the plan language.")

;;;###autoload
(define-derived-mode karta-mode prog-mode "Karta"
  "Major mode for Karta plan files."
  (setq-local comment-start "# ")
  (setq-local comment-start-skip "^[ \t]*#+[ \t]*")
  (setq-local indent-tabs-mode nil)
  (setq-local tab-width 2)
  ;; Keywords match without regard to case.
  (setq-local font-lock-defaults '(karta-font-lock-keywords t t)))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.plan\\'" . karta-mode))

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(karta-mode "karta" "lsp")))

(provide 'karta-mode)
;;; karta-mode.el ends here

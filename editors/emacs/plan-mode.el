;;; plan-mode.el --- Major mode for plan files -*- lexical-binding: t -*-

;; Keywords: languages
;; Package-Requires: ((emacs "26.1"))

;;; Commentary:

;; A major mode for the plan language (SPEC.md): colours for directives,
;; fields, dates, rhythms, ratings, ids and comments; indentation (fields two
;; spaces in, the text of a field four); a Flymake backend that runs
;; plancheck on the buffer; and the language server planls registered with
;; Eglot.  Files named *.plan open in it.
;;
;; A field line, or an update in separate form (a line that starts with a
;; date), opens a text block: the lines below it indented deeper are its
;; text, whatever word they start with.  So every highlighting rule first
;; asks whether its line continues a block (`plan-mode--opener'), and the
;; text of a block is never coloured as keywords.
;;
;; The word lists below are written by editors/gen.c from the language's
;; tables (make editor-words); the rest is written by hand.

;;; Code:

(require 'flymake)
(require 'seq)
(require 'subr-x)

(defgroup plan nil
  "Editing plan files."
  :group 'languages
  :prefix "plan-mode-")

(defcustom plan-mode-plancheck "plancheck"
  "The plancheck program that the Flymake backend runs."
  :type 'string)

(defcustom plan-mode-planfmt "planfmt"
  "The planfmt program that `plan-mode-format-buffer' runs."
  :type 'string)

(defcustom plan-mode-planls "planls"
  "The plan language server that Eglot starts."
  :type 'string)

(defcustom plan-mode-indent-offset 2
  "Columns a field is indented under its directive, and its text under it."
  :type 'integer)

;; generated: directives
(defconst plan-mode--directives '("objective" "section" "action" "plan")
  "The directives: a keyword, an id and a title.")
;; generated: include
(defconst plan-mode--include '("include")
  "The keyword that reads another file.")
;; generated: fields
(defconst plan-mode--fields '("organisation" "organization" "milestone" "statement" "baseline" "decision" "quarters" "measure" "actual" "period" "person" "review" "status" "target" "update" "board" "check" "stale" "start" "title" "lead" "note" "due")
  "Every field, in every spelling.")
;; generated: when-fields
(defconst plan-mode--when-fields '("period" "review" "start" "due")
  "The fields whose line is a date, a range or a rhythm, then a note.")
;; generated: decision-fields
(defconst plan-mode--decision-fields '("decision")
  "The fields whose line is a decision.")
;; generated: update-fields
(defconst plan-mode--update-fields '("update")
  "The fields whose line is an update's date, rating and author.")
;; generated: figure-fields
(defconst plan-mode--figure-fields '("milestone" "baseline" "actual" "target")
  "The fields whose line is a date and a figure.")
;; generated: rhythms
(defconst plan-mode--rhythms '("every fortnight" "every quarter" "twice a year" "twice yearly" "bi-annually" "every month" "fortnightly" "half yearly" "half-yearly" "six monthly" "six-monthly" "bi-monthly" "biannually" "every term" "every week" "every year" "halfyearly" "sixmonthly" "6 monthly" "6-monthly" "bi-annual" "bimonthly" "quarterly" "6monthly" "annually" "biannual" "on going" "on-going" "monthly" "ongoing" "annual" "termly" "weekly" "yearly")
  "The rhythms, in every spelling.")
;; generated: every-units
(defconst plan-mode--every-units '("months" "month" "weeks" "years" "week" "year")
  "The units of \"every N weeks\".")
;; generated: when-words
(defconst plan-mode--when-words '("in" "to")
  "The other words of a date line.")
;; generated: placeholders
(defconst plan-mode--placeholders '("n/a" "tba" "tbc" "tbd")
  "The words that stand for a date not yet known.")
;; generated: rags
(defconst plan-mode--rags '("amber" "green" "red")
  "The ratings.")
;; generated: verbs
(defconst plan-mode--verbs '("decommissioned" "decommission" "completed" "continued" "complete" "continue" "removed" "remove")
  "The verbs of a decision.")
;; generated: decision-words
(defconst plan-mode--decision-words '("into")
  "The other words of a decision.")
;; generated: months
(defconst plan-mode--months '("september" "december" "february" "november" "january" "october" "august" "april" "march" "july" "june" "sept" "apr" "aug" "dec" "feb" "jan" "jul" "jun" "mar" "may" "nov" "oct" "sep")
  "The months' names and abbreviations.")

(defun plan-mode--words (words)
  "A regexp group that matches one of WORDS, a space matching any blanks."
  (concat "\\(?:"
          (mapconcat (lambda (w)
                       (replace-regexp-in-string " " "[ \t]+" (regexp-quote w) t t))
                     words "\\|")
          "\\)"))

(defconst plan-mode--end "\\(?:[ \t:]\\|$\\)"
  "What may follow a keyword: a blank, a colon or the end of the line.")

(defconst plan-mode--date-regexp
  (let ((mon (plan-mode--words plan-mode--months)))
    (concat
     "\\(?:"
     "q[1-4][ \t]+[0-9]\\{4\\}\\(?:/[0-9]\\{2\\}\\(?:[0-9]\\{2\\}\\)?\\)?"
     "\\|[0-9]\\{4\\}/[0-9]\\{2\\}\\(?:[0-9]\\{2\\}\\)?[ \t]+q[1-4]"
     "\\|[0-9]\\{1,2\\}\\(?:st\\|nd\\|rd\\|th\\)?[ \t]+\\(?:of[ \t]+\\)?" mon "[ \t]+[0-9]\\{4\\}"
     "\\|" mon "[ \t]+[0-9]\\{4\\}"
     "\\|" mon "-[0-9]\\{2\\}\\(?:[0-9]\\{2\\}\\)?"
     "\\|[0-9]\\{1,2\\}/[0-9]\\{1,2\\}/[0-9]\\{4\\}\\|[0-9]\\{1,2\\}\\.[0-9]\\{1,2\\}\\.[0-9]\\{4\\}"
     "\\|[0-9]\\{1,2\\}-[0-9]\\{1,2\\}-[0-9]\\{4\\}"
     "\\|[0-9]\\{4\\}[ \t]*-[ \t]*[0-9]\\{4\\}"
     "\\|[0-9]\\{4\\}-q[1-4]\\|[0-9]\\{4\\}-[0-9]\\{2\\}-[0-9]\\{2\\}"
     "\\|[0-9]\\{4\\}/[0-9]\\{2\\}\\(?:[0-9]\\{2\\}\\)?\\|[0-9]\\{4\\}-[0-9]\\{2\\}\\|[0-9]\\{4\\}"
     "\\)"))
  "A date of SPEC.md section 7 (no group of its own).
The forms are tried in order, the longest first; one is a date when a
blank, a comma or the end of the line follows (`plan-mode--date-end').")

(defconst plan-mode--date-end "\\(?:[ \t,]\\|$\\)"
  "What may follow a date.")

(defconst plan-mode--field-regexp
  (concat "^[ \t]*\\(" (plan-mode--words plan-mode--fields) "\\)" plan-mode--end)
  "A field line; group 1 is its keyword.")

;;; Text blocks

(defconst plan-mode--directive-regexp
  (concat "[ \t]*" (plan-mode--words (append plan-mode--directives plan-mode--include))
          plan-mode--end)
  "A directive or include line, from its start.")

(defconst plan-mode--update-regexp
  (concat "[ \t]*\\(?:" (plan-mode--words plan-mode--update-fields) plan-mode--end
          "\\|[0-9]\\)")
  "An update line, from its start: a field, or in separate form.")

(defun plan-mode--indentation ()
  "The indentation of the current line, as a string."
  (buffer-substring-no-properties (line-beginning-position)
                                  (save-excursion (back-to-indentation) (point))))

(defun plan-mode--opens-block-p ()
  "Whether the current line opens a text block: a field, or a separate update."
  (save-excursion
    (beginning-of-line)
    (let ((case-fold-search t))
      (or (looking-at plan-mode--field-regexp)
          (looking-at "[ \t]*[0-9]")))))

(defun plan-mode--opener ()
  "The position of the line whose text block the current line continues, or nil.
A line continues a block when its indentation extends that of the block's
first line (SPEC.md section 4); blank and comment lines are passed over."
  (let ((ind (plan-mode--indentation))
        (found nil)
        (done nil)
        (steps 0))
    (unless (string= ind "")
      (save-excursion
        (beginning-of-line)
        (while (and (not done) (< steps 1000) (zerop (forward-line -1)))
          (setq steps (1+ steps))
          (unless (looking-at "[ \t]*\\(?:#.*\\)?$")
            (let ((prev (plan-mode--indentation)))
              (when (and (< (length prev) (length ind))
                         (string-prefix-p prev ind))
                (cond ((plan-mode--opens-block-p)
                       (setq found (point) done t))
                      ((let ((case-fold-search t))
                         (looking-at plan-mode--directive-regexp))
                       (setq done t)))))))))
    found))

(defun plan-mode--keyword-line-p ()
  "Whether the current line is read from its first word: not a block's text."
  (not (plan-mode--opener)))

;;; Font lock

(defface plan-mode-rag-face '((t :inherit font-lock-constant-face :weight bold))
  "Face for a rating: red, amber or green."
  :group 'plan)

(defconst plan-mode--line-classes
  (mapcar (lambda (c)
            (cons (car c) (concat "[ \t]*" (plan-mode--words (cdr c)) plan-mode--end)))
          `((when . ,plan-mode--when-fields) (decision . ,plan-mode--decision-fields)
            (update . ,plan-mode--update-fields) (figure . ,plan-mode--figure-fields)))
  "The kinds of field line `plan-mode--line-class' tells, and their regexps.")

(defun plan-mode--line-class ()
  "What the line at point reads after its keyword, and where that starts.
A cons (CLASS . POS): CLASS is `when', `decision', `update', `figure' or
`separate' (POS: after the date), or nil for any other line."
  (save-excursion
    (beginning-of-line)
    (let ((case-fold-search t))
      (when (plan-mode--keyword-line-p)
        (or (seq-some (lambda (c)
                        (and (looking-at (cdr c)) (cons (car c) (match-end 0))))
                      plan-mode--line-classes)
            (and (looking-at (concat "[ \t]*" plan-mode--date-regexp plan-mode--date-end))
                 (cons 'separate (match-end 0))))))))

(defun plan-mode--matcher (regexp group classes &optional before-comma)
  "A font-lock matcher for REGEXP's GROUP on lines of CLASSES.
CLASSES is a list of `plan-mode--line-class' classes, or t for a line read
from its first word (no block's text).  With BEFORE-COMMA, only a match
before the line's first comma counts (a comma starts a note)."
  (lambda (limit)
    (let ((case-fold-search t)
          (found nil))
      (while (and (not found) (re-search-forward regexp limit t))
        (let ((beg (match-beginning group))
              (data (match-data)))
          (save-excursion
            (goto-char beg)
            (if (eq classes t)
                (setq found (plan-mode--keyword-line-p))
              (let ((cls (plan-mode--line-class)))
                (setq found (and cls (memq (car cls) classes)
                                 (>= beg (if (eq (car cls) 'separate)
                                             (line-beginning-position)
                                           (cdr cls)))
                                 (or (not before-comma)
                                     (not (save-excursion
                                            (skip-chars-backward "^," (line-beginning-position))
                                            (eq (char-before) ?,)))))))))
          (set-match-data data)))
      found)))

(defconst plan-mode-font-lock-keywords
  (let ((kw-start "^[ \t]*\\(")
        (kw-end (concat "\\)" plan-mode--end)))
    `(("^[ \t]*#.*$" 0 font-lock-comment-face t)
      (,(plan-mode--matcher
         (concat kw-start (plan-mode--words plan-mode--directives) kw-end
                 "[ \t]*\\([[:alnum:]]+\\(?:[._-][[:alnum:]]+\\)*\\)?")
         1 t)
       (1 font-lock-keyword-face) (2 font-lock-function-name-face nil t))
      (,(plan-mode--matcher
         (concat kw-start (plan-mode--words plan-mode--include) kw-end "[ \t]*\\(.*\\)$")
         1 t)
       (1 font-lock-preprocessor-face) (2 font-lock-string-face))
      (,(plan-mode--matcher plan-mode--field-regexp 1 t)
       (1 font-lock-builtin-face))
      ;; An update in separate form: its date, its action's id.
      (,(plan-mode--matcher
         (concat "^[ \t]*\\(" plan-mode--date-regexp "\\)" plan-mode--date-end
                 "[ \t]*\\([^ \t\n]+\\)?")
         1 t)
       (1 font-lock-constant-face) (2 font-lock-function-name-face nil t))
      (,(plan-mode--matcher (concat "\\_<\\(" plan-mode--date-regexp "\\)" plan-mode--date-end)
                            1 '(when decision update) t)
       (1 font-lock-constant-face))
      (,(plan-mode--matcher (concat plan-mode--field-regexp "[ \t]*\\(" plan-mode--date-regexp "\\)"
                                    plan-mode--date-end)
                            2 '(figure))
       (2 font-lock-constant-face))
      (,(plan-mode--matcher
         (concat "\\_<\\(" (plan-mode--words plan-mode--rhythms)
                 "\\|every[ \t]+[0-9]+[ \t]+" (plan-mode--words plan-mode--every-units)
                 "\\|" (plan-mode--words plan-mode--placeholders)
                 "\\|" (plan-mode--words plan-mode--months) "\\)\\(?:[ \t,]\\|$\\)")
         1 '(when) t)
       (1 font-lock-type-face))
      (,(plan-mode--matcher
         (concat "\\_<\\(" (plan-mode--words plan-mode--when-words) "\\)\\_>") 1 '(when) t)
       (1 font-lock-keyword-face))
      (,(plan-mode--matcher
         (concat "\\_<\\(" (plan-mode--words plan-mode--verbs) "\\|"
                 (plan-mode--words plan-mode--decision-words) "\\)\\_>")
         1 '(decision) t)
       (1 font-lock-keyword-face))
      (,(plan-mode--matcher
         (concat "\\_<\\(" (plan-mode--words plan-mode--rags) "\\)\\_>") 1 '(update separate))
       (1 'plan-mode-rag-face))
      (,(plan-mode--matcher "\\_<\\(by\\)[ \t]+\\(.*\\)$" 1 '(update separate))
       (1 font-lock-keyword-face) (2 font-lock-string-face))))
  "The font-lock keywords of `plan-mode'.")

;;; Indentation

(defun plan-mode--wanted-indentation ()
  "The column the current line belongs at.
Directives, includes and separate updates at 0, fields at
`plan-mode-indent-offset', a block's text that much deeper than its first
line; a comment where it is."
  (save-excursion
    (beginning-of-line)
    (let ((case-fold-search t)
          (opener (plan-mode--opener)))
      (cond
       (opener
        (goto-char opener)
        (+ (current-indentation) plan-mode-indent-offset))
       ((looking-at "[ \t]*#") (current-indentation))
       ((looking-at plan-mode--directive-regexp) 0)
       ((looking-at "[ \t]*[0-9]") 0)
       ((looking-at plan-mode--field-regexp) plan-mode-indent-offset)
       (t
        (let ((blank (looking-at "[ \t]*$"))
              (prev nil))
          (while (and (not prev) (zerop (forward-line -1)))
            (unless (looking-at "[ \t]*\\(?:#.*\\)?$")
              (setq prev (point))))
          (if (not prev)
              0
            (let ((prev-opener (plan-mode--opener)))
              (cond
               ;; A new line: a field after a directive, an update's text
               ;; after an update, else where the line above is.
               ((and blank (not prev-opener) (looking-at plan-mode--directive-regexp))
                plan-mode-indent-offset)
               ((and blank (not prev-opener) (looking-at plan-mode--update-regexp))
                (+ (current-indentation) plan-mode-indent-offset))
               (blank (current-indentation))
               ;; Text: the text of the block above, if any.
               (prev-opener
                (goto-char prev-opener)
                (+ (current-indentation) plan-mode-indent-offset))
               ((plan-mode--opens-block-p)
                (+ (current-indentation) plan-mode-indent-offset))
               (t plan-mode-indent-offset))))))))))

(defun plan-mode-indent-line ()
  "Indent the current line as a plan's line (`plan-mode--wanted-indentation')."
  (interactive)
  (let ((col (plan-mode--wanted-indentation)))
    (if (<= (current-column) (current-indentation))
        (indent-line-to col)
      (save-excursion (indent-line-to col)))))

;;; Flymake

(defvar-local plan-mode--flymake-proc nil
  "The plancheck process of the buffer's last Flymake check.")

(defconst plan-mode--diagnostic-regexp
  "^<stdin>:\\([0-9]+\\):\\([0-9]+\\): \\(error\\|warning\\|note\\): \\(.*\\)$"
  "A diagnostic of plancheck on standard input.
FILE:LINE:COLUMN: SEVERITY: MESSAGE [CHECK], FILE being <stdin>.")

(defun plan-mode--flymake-report (source proc report-fn)
  "Reports to REPORT-FN the diagnostics that PROC printed about SOURCE."
  (let (diags)
    (with-current-buffer (process-buffer proc)
      (goto-char (point-min))
      (while (re-search-forward plan-mode--diagnostic-regexp nil t)
        (let* ((line (string-to-number (match-string 1)))
               (col (string-to-number (match-string 2)))
               (type (pcase (match-string 3)
                       ("error" :error)
                       ("warning" :warning)
                       (_ :note)))
               (msg (match-string 4))
               (region (flymake-diag-region source line col)))
          (push (flymake-make-diagnostic source (car region) (cdr region) type msg)
                diags))))
    (funcall report-fn (nreverse diags))))

(defun plan-mode-flymake (report-fn &rest _args)
  "A Flymake backend: plancheck reads the buffer, REPORT-FN gets its diagnostics.
plancheck runs in the file's directory, so that includes are found."
  (unless (executable-find plan-mode-plancheck)
    (error "Cannot find %s" plan-mode-plancheck))
  (when (process-live-p plan-mode--flymake-proc)
    (kill-process plan-mode--flymake-proc))
  (let ((source (current-buffer)))
    (save-restriction
      (widen)
      (setq plan-mode--flymake-proc
            (make-process
             :name "plan-mode-flymake" :noquery t :connection-type 'pipe
             :buffer (generate-new-buffer " *plan-mode-flymake*")
             :command (list plan-mode-plancheck "-")
             :sentinel
             (lambda (proc _event)
               (when (memq (process-status proc) '(exit signal))
                 (unwind-protect
                     (if (and (buffer-live-p source)
                              (eq proc (buffer-local-value 'plan-mode--flymake-proc source)))
                         (plan-mode--flymake-report source proc report-fn)
                       (flymake-log :warning "Canceling obsolete check %s" proc))
                   (kill-buffer (process-buffer proc)))))))
      (process-send-region plan-mode--flymake-proc (point-min) (point-max))
      (process-send-eof plan-mode--flymake-proc))))

;;; Formatting

(defun plan-mode-format-buffer ()
  "Rewrite the buffer in planfmt's canonical form.
planfmt reads the buffer on standard input; its output replaces the
buffer's text only where it differs, so point and marks stay where they
were.  When planfmt refuses (a syntax error), the buffer is left as it is
and its message is shown."
  (interactive)
  (let ((out (generate-new-buffer " *planfmt*"))
        (err (make-temp-file "planfmt")))
    (unwind-protect
        (save-restriction
          (widen)
          (let ((status (call-process-region (point-min) (point-max) plan-mode-planfmt
                                             nil (list out err) nil "-")))
            (if (eql status 0)
                (replace-buffer-contents out)
              (error "%s failed: %s" plan-mode-planfmt
                     (with-temp-buffer
                       (insert-file-contents err)
                       (string-trim (buffer-string)))))))
      (kill-buffer out)
      (delete-file err))))

;;; Eglot

(defvar eglot-server-programs)
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               (list 'plan-mode (lambda (&rest _) (list plan-mode-planls)))))

;;; The mode

(defvar plan-mode-map
  (let ((map (make-sparse-keymap)))
    (define-key map (kbd "C-c C-f") #'plan-mode-format-buffer)
    map)
  "Keymap of `plan-mode'.")

(defvar plan-mode-syntax-table
  (let ((st (make-syntax-table)))
    (modify-syntax-entry ?_ "_" st)
    (modify-syntax-entry ?- "_" st)
    (modify-syntax-entry ?. "_" st)
    (modify-syntax-entry ?/ "_" st)
    (modify-syntax-entry ?# "." st)
    (modify-syntax-entry ?\n ">" st)
    st)
  "Syntax table of `plan-mode': ids and dates are symbols.
A `#' starts a comment only at the start of a line
\(`plan-mode--syntax-propertize'); elsewhere it is text.")

(defalias 'plan-mode--syntax-propertize
  (syntax-propertize-rules ("^[ \t]*\\(#\\)" (1 "<")))
  "Makes a `#' that starts a line (after blanks) start a comment.")

;;;###autoload
(define-derived-mode plan-mode prog-mode "Plan"
  "Major mode for plan files (SPEC.md).
Fields are indented `plan-mode-indent-offset' columns, their text as much
again; \\[flymake-mode] shows plancheck's diagnostics,
\\[plan-mode-format-buffer] formats with planfmt, and \\[eglot] starts the
language server `plan-mode-planls'.

\\{plan-mode-map}"
  :syntax-table plan-mode-syntax-table
  (setq-local comment-start "# ")
  (setq-local comment-start-skip "#+[ \t]*")
  (setq-local comment-end "")
  (setq-local syntax-propertize-function #'plan-mode--syntax-propertize)
  (setq-local indent-line-function #'plan-mode-indent-line)
  (setq-local indent-tabs-mode nil)
  (setq-local font-lock-defaults '(plan-mode-font-lock-keywords t t))
  (add-hook 'flymake-diagnostic-functions #'plan-mode-flymake nil t))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.plan\\'" . plan-mode))

(provide 'plan-mode)
;;; plan-mode.el ends here

;;; plan-mode-test.el --- Tests of editors/emacs/plan-mode.el -*- lexical-binding: t -*-

;;; Commentary:

;; Run by tests/editors/run: emacs --batch -l plan-mode.el -l this -f
;; ert-run-tests-batch-and-exit, in a directory holding sample.plan,
;; updates.plan and error.plan (tests/editors/data).

;;; Code:

(require 'ert)
(require 'plan-mode)

(defun plan-test-face (line text)
  "The face at the start of TEXT, searched for on LINE of the buffer."
  (save-excursion
    (goto-char (point-min))
    (forward-line (1- line))
    (if (search-forward text (line-end-position) t)
        (let ((f (get-text-property (match-beginning 0) 'face)))
          (if (consp f) (car f) f))
      'not-found)))

(defmacro plan-test-with-file (file &rest body)
  "Visits FILE in plan-mode, fontified, and runs BODY there."
  (declare (indent 1))
  `(let ((buf (find-file-noselect ,file)))
     (unwind-protect
         (with-current-buffer buf
           (font-lock-mode 1)
           (font-lock-ensure)
           ,@body)
       (kill-buffer buf))))

(ert-deftest plan-mode-auto-mode ()
  (plan-test-with-file "sample.plan"
    (should (eq major-mode 'plan-mode))
    (should (equal comment-start "# "))))

(ert-deftest plan-mode-comments ()
  (with-temp-buffer
    (plan-mode)
    (insert "  lead Jo\n  note See item #3\n")
    (comment-region (point-min) (point-max))
    (should (equal (buffer-string) "  # lead Jo\n  # note See item #3\n"))
    (uncomment-region (point-min) (point-max))
    (should (equal (buffer-string) "  lead Jo\n  note See item #3\n"))
    ;; A # in the middle of a line is text.
    (syntax-propertize (point-max))
    (goto-char (point-min))
    (search-forward "#")
    (should-not (nth 4 (syntax-ppss)))))

(ert-deftest plan-mode-faces ()
  (plan-test-with-file "sample.plan"
    (should (eq (plan-test-face 1 "#") 'font-lock-comment-face))
    (should (eq (plan-test-face 2 "plan") 'font-lock-keyword-face))
    (should (eq (plan-test-face 2 "VVE18") 'font-lock-function-name-face))
    (should (eq (plan-test-face 3 "period") 'font-lock-builtin-face))
    (should (eq (plan-test-face 3 "2018/19") 'font-lock-constant-face))
    (should (eq (plan-test-face 11 "and") nil))
    (should (eq (plan-test-face 13 "2017/18") 'font-lock-constant-face))
    (should (eq (plan-test-face 17 "lead") 'font-lock-builtin-face))
    (should (eq (plan-test-face 18 "31 March 2019") 'font-lock-constant-face))
    (should (eq (plan-test-face 18 "for") nil))
    (should (eq (plan-test-face 19 "quarterly") 'font-lock-type-face))
    (should (eq (plan-test-face 20 "October") 'font-lock-type-face))
    (should (eq (plan-test-face 21 "continue") 'font-lock-keyword-face))
    (should (eq (plan-test-face 22 "green") 'plan-mode-rag-face))
    (should (eq (plan-test-face 22 "Harrow") 'font-lock-string-face))
    ;; The text of the update: a keyword there is only a word.
    (should (eq (plan-test-face 24 "lead") nil))
    (should (eq (plan-test-face 24 "weekly") nil))
    (should (eq (plan-test-face 25 "#") 'font-lock-comment-face))
    (should (eq (plan-test-face 26 "due") nil))
    (should (eq (plan-test-face 28 "include") 'font-lock-preprocessor-face))
    (should (eq (plan-test-face 28 "updates.plan") 'font-lock-string-face))
    (should (eq (plan-test-face 30 "2019-01-10") 'font-lock-constant-face))
    (should (eq (plan-test-face 30 "HV1.1") 'font-lock-function-name-face))
    (should (eq (plan-test-face 30 "amber") 'plan-mode-rag-face))
    (should (eq (plan-test-face 32 "review") nil))))

(ert-deftest plan-mode-indentation ()
  (with-temp-buffer
    (plan-mode)
    (insert "action A1 Title\nlead Jo\ndue 2019-03\nupdate 2019-01-10 green\ntext\n"
            "      more text\n  plan P1\n2019-01-10 A1 red\nits text\n    lead as text\n")
    (indent-region (point-min) (point-max))
    (should (equal (buffer-string)
                   (concat "action A1 Title\n  lead Jo\n  due 2019-03\n  update 2019-01-10 green\n"
                           "    text\n    more text\nplan P1\n2019-01-10 A1 red\n  its text\n"
                           "  lead as text\n")))))

(ert-deftest plan-mode-new-line-indentation ()
  (dolist (c '(("action A1 Title" . 2) ("  lead Jo" . 2) ("  update 2019-01-10 green" . 4)
               ("  update 2019-01-10 green\n    its text" . 4) ("2019-01-10 A1 red" . 2)))
    (with-temp-buffer
      (plan-mode)
      (insert (car c))
      (newline-and-indent)
      (should (equal (cons (car c) (current-column)) c)))))

(defun plan-test-flymake (file)
  "The diagnostics the Flymake backend reports for FILE, visited."
  (let ((reported :none))
    (plan-test-with-file file
      (plan-mode-flymake (lambda (diags &rest _) (setq reported diags)))
      (with-timeout (10 (error "plancheck did not report in 10 s"))
        (while (eq reported :none)
          (accept-process-output nil 0.05)))
      (mapcar (lambda (d)
                (goto-char (flymake-diagnostic-beg d))
                (list (flymake-diagnostic-type d) (line-number-at-pos)
                      (buffer-substring (point) (min (point-max) (+ (point) 6)))
                      (flymake-diagnostic-text d)))
              reported))))

(ert-deftest plan-mode-flymake-backend ()
  (let ((diags (plan-test-flymake "error.plan")))
    (should (= (length diags) 1))
    (pcase-let ((`(,type ,line ,at ,text) (car diags)))
      (should (eq type :error))
      (should (= line 4))
      (should (equal at "Octobr"))
      (should (string-match-p "cannot read \"Octobr 2015\" as a date" text)))))

;; Two non-breaking spaces (two bytes each) before the mistake: plancheck's
;; columns count characters, as Emacs's do.
(ert-deftest plan-mode-flymake-columns ()
  (let ((diags (plan-test-flymake "error-nbsp.plan")))
    (should (= (length diags) 1))
    (should (equal (cadr (cdar diags)) "Octobr"))))

(ert-deftest plan-mode-format ()
  (with-temp-buffer
    (plan-mode)
    (insert "Plan P1 Example\naction A1 Due\n   lead Jo Bloggs\n   due 31/03/2026\n")
    (goto-char (point-min))
    (search-forward "Jo")
    (plan-mode-format-buffer)
    (should (equal (buffer-string)
                   "plan P1 Example\n\naction A1 Due\n  lead Jo Bloggs\n  due 2026-03-31\n"))
    ;; Point stays on the word it was on.
    (should (looking-at " Bloggs"))
    ;; A plan planfmt cannot read is left as it is.
    (erase-buffer)
    (insert "plan P1\naction A1\n  due Octobr 2015\n")
    (should-error (plan-mode-format-buffer))
    (should (equal (buffer-string) "plan P1\naction A1\n  due Octobr 2015\n"))))

;; words.plan and probes come from tests/editors/words.awk: every word of
;; gen --list and every date of gen --dates, and where each is.
(defconst plan-test-kind-faces
  '(("directive" . font-lock-keyword-face) ("include" . font-lock-preprocessor-face)
    ("field" . font-lock-builtin-face) ("date" . font-lock-constant-face)
    ("rhythm" . font-lock-type-face) ("placeholder" . font-lock-type-face)
    ("month" . font-lock-type-face) ("rag" . plan-mode-rag-face)
    ("verb" . font-lock-keyword-face))
  "The face each kind of word of the probes has.")

(defun plan-test-face-at (pos)
  "The face at POS, the first when there are several."
  (let ((f (get-text-property pos 'face)))
    (if (consp f) (car f) f)))

(ert-deftest plan-mode-every-word ()
  (should (file-exists-p "probes"))
  (let ((rows (with-temp-buffer
                (insert-file-contents "probes")
                (split-string (buffer-string) "\n" t)))
        (wrong nil))
    (should (> (length rows) 100))
    (plan-test-with-file "words.plan"
      (dolist (row rows)
        (pcase-let* ((`(,l ,c ,len ,kind ,text) (split-string row "\t"))
                     (want (cdr (assoc kind plan-test-kind-faces)))
                     (beg (save-excursion
                            (goto-char (point-min))
                            (forward-line (1- (string-to-number l)))
                            (+ (point) (1- (string-to-number c)))))
                     (end (+ beg (string-to-number len)))
                     (first (plan-test-face-at beg))
                     (last (plan-test-face-at (1- end)))
                     (after (and (< end (line-end-position)) (plan-test-face-at end))))
          (unless (and (eq first want) (eq last want) (not (eq after want)))
            (push (format "%s:%s %s %S: %s, %s, then %s" l c kind text first last after)
                  wrong)))))
    (should (equal (nreverse wrong) nil))))

;; Eglot comes with Emacs 29; before that, its feature is provided here,
;; which runs what plan-mode.el set to run after Eglot is loaded.
(defvar eglot-server-programs)
(ert-deftest plan-mode-eglot-registration ()
  (let ((eglot-server-programs nil))
    (unless (require 'eglot nil t)
      (provide 'eglot))
    (unless (assq 'plan-mode eglot-server-programs)
      (load "plan-mode"))
    (let ((entry (assq 'plan-mode eglot-server-programs)))
      (should entry)
      (should (equal (funcall (cadr entry)) (list plan-mode-planls))))))

;;; plan-mode-test.el ends here

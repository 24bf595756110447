;;; eglot-check.el --- Emacs's eglot as an LSP client of the Newsdesk server, headless  -*- lexical-binding: t -*-
;; Run with `emacs --batch -Q -l eglot-check.el'. Opens a .news article with the README's init-file
;; lines (a mode, its `eglot-server-programs' entry, `eglot-ensure'), waits for the server's diagnostics,
;; asks for a hover, writes what came back to a JSON file and quits.
;; Environment: NEWSDESK_NODE, NEWSDESK_SERVER, NEWSDESK_FILE, NEWSDESK_OUT, NEWSDESK_HOVER ("line,character").

(require 'package)
;; Debian's elpa-* packages (elpa-eglot and what it needs) live here; -Q leaves the list empty.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'json)

(defvar newsdesk-out (getenv "NEWSDESK_OUT"))
(defvar newsdesk-diagnostics nil "The last diagnostics the server published for the article.")

(defun newsdesk-write (result)
  (with-temp-file newsdesk-out (insert (json-encode result))))

(defun newsdesk-wait (pred seconds)
  "Let eglot read the server's messages until PRED holds or SECONDS pass."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall pred)))

(defun newsdesk-main ()
  (let ((file (getenv "NEWSDESK_FILE"))
        (hover (mapcar #'string-to-number (split-string (or (getenv "NEWSDESK_HOVER") "0,0") ","))))
    ;; The README's init-file lines, with the built server in place of the installed command.
    (define-derived-mode news-article-mode text-mode "News")
    (add-to-list 'auto-mode-alist '("\\.\\(news\\|article\\)\\'" . news-article-mode))
    (add-to-list 'eglot-server-programs
                 `((news-article-mode text-mode) . (,(or (getenv "NEWSDESK_NODE") "node") ,(getenv "NEWSDESK_SERVER") "--stdio")))
    (add-hook 'news-article-mode-hook #'eglot-ensure)
    (setq eglot-sync-connect 30)
    (advice-add 'eglot-handle-notification :before
                (lambda (_server method &rest params)
                  (when (eq method 'textDocument/publishDiagnostics)
                    (let ((diags (plist-get params :diagnostics)))
                      (when (> (length diags) 0) (setq newsdesk-diagnostics diags))))))
    (find-file file)
    ;; eglot-ensure connects after the command that opened the file; a batch session runs no command loop.
    (run-hooks 'post-command-hook)
    (let* ((server (eglot-current-server))
           (waited (newsdesk-wait (lambda () newsdesk-diagnostics) 30))
           (answer (jsonrpc-request server :textDocument/hover
                                    (list :textDocument (eglot--TextDocumentIdentifier)
                                          :position (list :line (nth 0 hover) :character (nth 1 hover)))))
           (contents (plist-get answer :contents)))
      (newsdesk-write
       `((emacs . ,emacs-version)
         (waited . ,(if waited t :json-false))
         (mode . ,(symbol-name major-mode))
         (managed . ,(if (eglot-managed-p) t :json-false))
         (server . ,(plist-get (eglot--server-info server) :name))
         (diagnostics . ,(vconcat (mapcar (lambda (d)
                                            (let ((start (plist-get (plist-get d :range) :start)))
                                              `((line . ,(plist-get start :line))
                                                (col . ,(plist-get start :character))
                                                (code . ,(plist-get d :code))
                                                (source . ,(plist-get d :source))
                                                (message . ,(plist-get d :message)))))
                                          newsdesk-diagnostics)))
         (hover . ,(if (stringp contents) contents (plist-get contents :value)))))
      (eglot-shutdown server))))

(condition-case err
    (newsdesk-main)
  (error (newsdesk-write `((error . ,(error-message-string err))))))
(kill-emacs 0)

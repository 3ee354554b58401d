;;; local x = 1; ;
;
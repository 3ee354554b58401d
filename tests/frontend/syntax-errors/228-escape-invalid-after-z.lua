x = "abc\z
   \q"
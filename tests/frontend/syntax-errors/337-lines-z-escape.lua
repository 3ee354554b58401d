x = "a\z


  b" y = = 1
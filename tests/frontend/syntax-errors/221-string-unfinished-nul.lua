x = "a\0b
"
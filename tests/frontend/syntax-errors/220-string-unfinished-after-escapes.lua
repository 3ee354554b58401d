x = "a\tb\65
"
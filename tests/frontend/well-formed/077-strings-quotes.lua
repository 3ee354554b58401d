return "it's", 'say "hi"', "\"", '\''

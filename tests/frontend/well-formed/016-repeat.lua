local i = 0
repeat i = i + 1 until i >= 10
repeat local j = i until j > 0

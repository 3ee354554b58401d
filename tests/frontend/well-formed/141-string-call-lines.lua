f
"a"
g
{1}
h
[[b]]

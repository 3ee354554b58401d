f"str"
f'str'
f[[long]]
f{1, 2}
obj:method"x"
obj:method{1}
f{}{}""

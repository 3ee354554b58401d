return ("%d"):format(1), ('x'):byte(), ([[y]]):len()

-- uncaught number error
error(42)

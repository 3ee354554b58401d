return "é�", '€'

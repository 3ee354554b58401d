local a, b = 1, 2
return a + b, a - b, a * b, a / b, a // b, a % b, a ^ b, -a

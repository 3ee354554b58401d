-- string operands: the converted number keeps its own subtype
print("3" + 4, "3.0" + 4, "3" + 4.0, "0x10" + 0, "1e2" + 0, "  5  " * "2")
print(math.type("3" + 4), math.type("3.0" + 4), math.type("0x10" + 0), math.type("1e2" + 0))
print("10" // "3", "10.0" // "3", "10" % "3", "-10" % "3", "2" ^ "3")
print("9223372036854775807" + 1, "9223372036854775807" + 1.0)
print("0x7fffffffffffffff" + 1, "0xffffffffffffffff" + 0)
print(-"0", -"-0", -"0.0", - "  7  ")
print(10 - "2", 10 * "0.5", 10 / "4", 10 // "4.0")

-- string.format: floats print as glibc's printf prints them: the exact binary
-- value, correctly rounded, exact ties to even
local f = string.format
print(f("%f %e %g %E %G", 1.5, 1.5, 1.5, 1.5, 1.5))
print(f("%f|%e|%g", 0.0, 0.0, 0.0), f("%f|%e|%g", -0.0, -0.0, -0.0), f("%.3f|%.3e|%.3g|%#.3g", 0.0, 0.0, 0.0, 0.0))

-- ties: to even on the exact value; near-ties follow the binary value
print(f("%.0f %.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, 3.5, -0.5, -2.5))
print(f("%.1f %.1f %.1f %.1f %.2f %.2f %.2f", 0.25, 0.35, 0.45, -1.25, 1.005, 1.125, 1.375))
print(f("%.0e %.0e %.0e %.1e %.1e %.2e", 2.5, 3.5, 9.5, 1.25, 1.35, 1.125))
print(f("%.1g %.1g %.2g %.2g %.3g %g", 2.5, 0.25, 1.25, 1.35, 2.675, 0.0000125))
print(f("%.14g %.14g %.14g", 123456789012345.0, 123456789012355.0, 1234567890123.45))
print(123456789012345.0, 123456789012355.0, 9007199254740993.0, 2^63, -2^63, 1e15, 1e16, 0.1 + 0.2)
print(f("%.0f %.0f %.0f", 2^53 + 1, 2^63, 1e23))
print(f("%.15g %.16g %.17g %.20g", 0.1, 0.1, 0.1, 0.1))

-- large and small magnitudes: exact digits
print(f("%f", 1e22), f("%.2f", 2^70), f("%.0f", 1e300 * 10))
print(f("%f", 1.7976931348623157e308))
print(f("%.3f %.10f %.20f", 1e-10, 1e-10, 1e-10))
print(f("%.99f", 0.1))
print(f("%.60e", 5e-324))
print(f("%.99e", 1/3))
print(f("%e %e %e %e", 1e308, 1e-308, 5e-324, 2.2250738585072014e-308))
print(f("%g %g %g %g %g %g", 100000, 1000000, 0.0001, 0.00001, 1e100, 123456789))
print(f("%.0g %.1g %.2g %.99g", 123456, 123456, 123456, 2^-10))

-- %g: style choice, trailing zeros and '#'
print(f("%g|%#g|%.3g|%#.3g|%#.0g|%#.1g", 1.0, 1.0, 100.0, 100.0, 5.0, 25.0))
print(f("%#.3g %#.2g %#.5g %#g %.3g", 999.6, 99.96, 99999.6, 999999.6, 999.6))
print(f("%#.3g %#.3g %#.3g %#.3g", 0.9996, 0.09996, 0.00009996, 9.996))
print(f("%g %g %g", 0.0001234, 0.00001234, 123456.7), f("%G %G", 1e-20, 1e20))

-- flags and width
print(f("[%10.3f] [%-10.3f] [%010.3f] [%+.3f] [% .3f] [%+010.2f] [%- 10.1f]", 3.14159, 3.14159, -3.14159, 3.14159, 3.14159, 2.5, 2.5))
print(f("[%12.4e] [%-12.4E] [%012.4e] [%+e] [% e] [%#.0e] [%#.0f] [%#.0E]", 31415.9, 31415.9, -31415.9, 1.0, 1.0, 3.0, 3.0, 3.0))
print(f("[%10g] [%-10g] [%010g] [%+g] [% g] [%#10.3g]", 0.5, 0.5, -0.5, 0.5, 0.5, 0.5))
print(f("[%99.2f]", 1.5):len(), f("%99.99f", 1.0):len(), f("%.99f", -1.7976931348623157e308):len())

-- infinities and NaN (0/0 is negative on this machine, as in C)
local inf, nan = 1/0, -(0/0)
print(pcall(f, "%F", inf))
print(f("%f|%e|%g|%E|%G|%f", inf, -inf, inf, inf, -inf, nan))
print(f("[%10f] [%-10f] [%010f] [%+f] [% f] [%+010.3e] [%#g]", inf, inf, -inf, inf, inf, nan, inf))
print(f("%.3f %5.1f %-5g|", -inf, nan, nan))

-- integers as floats and strings converted
print(f("%f %e %g", 3, 3, 3), f("%.2f", "1.125"), f("%g", "0x10"), f("%f", math.mininteger), f("%g", math.maxinteger))

-- %a: hexadecimal floats as glibc writes them
print(f("%a %a %a %a %a %a", 1.0, -1.0, 0.5, 0.1, 1/3, 255.5))
print(f("%a %a %a %A %A", 0.0, -0.0, 1e300, 0.1, -1e-300))
print(f("%a %a %a", 5e-324, 2.2250738585072014e-308, 2.2250738585072009e-308))
print(f("%.0a %.0a %.0a %.0a %.1a %.1a %.1a", 1.5, 2.5, 3.5, 1.0, 0x1.08p0, 0x1.18p0, 0x1.f8p0))
print(f("%.3a %.13a %.20a %.0a %.2a %.0a", 1.0, 0.1, 0.1, 0x0.8p-1022, 5e-324, 0x0.8000000000001p-1022))
print(f("[%20a] [%-20a] [%020a] [%+a] [% a] [%#a] [%#.0a] [%+.2A]", 1.5, 1.5, -1.5, 1.5, 1.5, 1.0, 1.0, 1.0))
print(f("%a %A %a %A %10a|", inf, -inf, nan, nan, inf))
print(f("%a", 3), f("%a", "0x1p4"), f("%.1a", 0x1.fffffffffffffp1023))

-- tostring of floats (%.14g, ".0" for integral values)
print(1e100, -1e-100, 2^-1074, 1/3, -2/3, 100.0, -0.0, 1e14, 1e15, 12345678901234.5, 0.1)
print(3.14159265358979, 2^53, 2^63 * 2, 1e300 * 1e10, -(1e300 * 1e10))

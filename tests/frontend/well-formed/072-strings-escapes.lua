return "\a\b\f\n\r\t\v\\\"\'", '\65\066\0067', "\x41\x4a\x7E", "tab\tend"

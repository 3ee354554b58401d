return "\u{41}", "\u{e9}", "\u{20AC}", "\u{10FFFF}", "\u{7FFFFFFF}", "\u{000000041}"

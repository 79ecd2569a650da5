/// Full-width ASCII forms (U+FF01 `！` … U+FF5E `～`, typed by Chinese input methods) and their
/// ASCII counterparts (U+0021 `!` … U+007E `~`): the two blocks differ by exactly U+FEE0. The
/// ideographic space U+3000 is the full-width space. This is the NFKC mapping of these characters,
/// written out so that callers that keep offsets into the original text can fold one scalar at a time.
public enum FullWidth {
    /// U+FF01...U+FF5E.
    public static let forms: ClosedRange<UInt32> = 0xFF01...0xFF5E

    /// The ASCII character of a full-width form (`Ａ` → `A`, `１` → `1`, `！` → `!`; U+3000 → space);
    /// nil for any other scalar.
    public static func ascii(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.value == 0x3000 { return " " }
        guard forms.contains(scalar.value) else { return nil }
        return Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value - 0xFEE0))
    }

    /// The ASCII letter or digit of a full-width letter or digit (`Ａ` → `A`, `９` → `9`); nil for
    /// anything else, full-width punctuation included.
    public static func asciiAlphanumeric(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard let a = ascii(scalar), isASCIILetterOrDigit(a) else { return nil }
        return a
    }

    /// `text` with every full-width form and the ideographic space written as ASCII; everything else kept.
    public static func toASCII(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(ascii(scalar) ?? scalar) }
        return String(out)
    }

    private static func isASCIILetterOrDigit(_ a: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(a.value) || (0x41...0x5A).contains(a.value) || (0x61...0x7A).contains(a.value)
    }
}

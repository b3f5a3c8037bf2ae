/// UTF-8 validation without building a `String`. `String(validating:as:)` takes a generic path
/// that profiling showed at about 30 instructions a byte, and copies the text besides; this one
/// skips ASCII eight bytes at a time. It lives here, beside the libxml2 wrapper, because it reads
/// raw memory.
public enum UTF8Validation {
    /// Whether `bytes` are well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            let raw = UnsafeRawPointer(base)
            let count = buffer.count
            var i = 0
            while i < count {
                // Eight ASCII bytes at a time.
                while i + 8 <= count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                }
                guard i < count else { break }
                let b = buffer[i]
                if b < 0x80 { i += 1; continue }
                let length: Int
                var low: UInt8 = 0x80, high: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return false
                }
                guard i + length <= count else { return false }
                let second = buffer[i + 1]
                guard second >= low, second <= high else { return false }
                var k = 2
                while k < length {
                    guard buffer[i + k] & 0xC0 == 0x80 else { return false }
                    k += 1
                }
                i += length
            }
            return true
        }
    }
}

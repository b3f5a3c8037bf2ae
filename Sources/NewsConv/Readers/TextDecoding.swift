import Foundation
import LibXML

/// Decodes the bytes of a text file: BOMs, UTF-8, UTF-16, and a Windows-1252 fallback.
enum TextDecoding {
    enum Failure: Error, Equatable {
        case binary(String)
    }

    /// Decodes `bytes`. UTF-8 (with or without BOM) and UTF-16 with BOM are read as such;
    /// UTF-16 without BOM is recognised from its zero bytes; anything else that is not valid
    /// UTF-8 but is free of NUL bytes is read as Windows-1252.
    static func decode(_ bytes: [UInt8]) throws(Failure) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(decoding: bytes.dropFirst(3), as: UTF8.self)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(bytes.dropFirst(2), bigEndian: bytes[0] == 0xFE)
        }
        if UTF8Validation.isValid(bytes) {
            if bytes.contains(0) { throw .binary("it contains NUL bytes") }
            return String(decoding: bytes, as: UTF8.self)
        }
        if let bigEndian = likelyUTF16(bytes) {
            return decodeUTF16(bytes[...], bigEndian: bigEndian)
        }
        if bytes.contains(0) { throw .binary("it is binary, not text") }
        // UTF-8 with a few broken bytes: the broken ones become U+FFFD.
        if let repaired = HTMLEncoding.repairedUTF8(bytes) { return String(decoding: repaired, as: UTF8.self) }
        if let latin = String(data: Data(bytes), encoding: .windowsCP1252) { return latin }
        // Latin-1 maps every byte.
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Without a BOM, UTF-16 text shows as many zero bytes at even (big-endian) or odd
    /// (little-endian) positions. Returns the byte order, or nil.
    private static func likelyUTF16(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        let sample = bytes.prefix(4096)
        var evenZeros = 0, oddZeros = 0
        for (i, b) in sample.enumerated() where b == 0 {
            if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        if oddZeros * 10 > half * 3, evenZeros * 20 < half { return false }
        if evenZeros * 10 > half * 3, oddZeros * 20 < half { return true }
        return nil
    }
}

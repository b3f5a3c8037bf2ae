import Foundation
import LibXML
import Testing
@testable import NewsConv

@Suite struct TextPrimitiveTests {
    @Test func utf8Validation() {
        #expect(UTF8Validation.isValid(Array("plain ASCII text that is longer than eight bytes".utf8)))
        #expect(UTF8Validation.isValid(Array("Tiếng Việt có dấu, 日本語, emoji 🎉".utf8)))
        #expect(UTF8Validation.isValid([]))
        #expect(!UTF8Validation.isValid([0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0xC3]))  // cut off
        #expect(!UTF8Validation.isValid([0xC0, 0xAF]))  // overlong
        #expect(!UTF8Validation.isValid([0xED, 0xA0, 0x80]))  // surrogate
        #expect(!UTF8Validation.isValid([0xF4, 0x90, 0x80, 0x80]))  // past U+10FFFF
        #expect(!UTF8Validation.isValid([0xE6, 0x97, 0x41]))  // bad continuation
        // Agrees with the standard library on every two-byte sequence.
        for a in 0...255 {
            for b in stride(from: 0, through: 255, by: 7) {
                let bytes: [UInt8] = [UInt8(a), UInt8(b), 0xA9]
                #expect(UTF8Validation.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil))
            }
        }
    }

    @Test func byteSearch() {
        #expect("Stand: 28.04.2023".contains("28.04"))
        #expect("Nguyễn Văn A".contains("Văn"))
        #expect(!"Nguyễn".contains("Nguyen"))
        #expect(!"abc".contains(""))
        #expect(!"ab".contains("abc"))
        #expect("abcabd".contains("abd"))
        #expect("abc"[...].contains("bc"))
        let text = "Hà Nội | Báo | Tin"
        #expect(text.components(separatedBy: " | ") == ["Hà Nội", "Báo", "Tin"])
        #expect("|a||b|".components(separatedBy: "|") == ["", "a", "", "b", ""])
        #expect("none".components(separatedBy: ", ") == ["none"])
        let r = try! #require(text.range(of: "Báo"))
        #expect(text[r] == "Báo")
        #expect(text[text.index(after: r.lowerBound)...].range(of: "Báo") == nil)
        #expect(text.range(of: "") == nil)
    }

    @Test func titleWordsKeepDiacritics() {
        #expect(TitleChooser.words("Hà Nội: mưa lớn, 2025!") == ["hà", "nội", "mưa", "lớn", "2025"])
        let bag = TokenOverlap.tokens("Ông A nói: ông A")
        #expect(bag.hashes == ["ông", "ông", "a", "a", "nói"].map(TokenOverlap.hash(ofWord:)).sorted())
        #expect(TokenOverlap.hash(ofWord: "ÔNG") == TokenOverlap.hash(ofWord: "ông"))
        #expect(TokenOverlap.hash(ofWord: "ông") != TokenOverlap.hash(ofWord: "ong"))
    }

    /// The hashed bags give the F1 of bags of lower-cased word strings (of NFC text, as every
    /// reader makes it: the hashes are of scalars, where strings compare canonically).
    @Test func tokenOverlapIsTheF1OfWordBags() {
        func reference(_ a: String, _ b: String) -> Double {
            func bag(_ s: String) -> [String: Int] {
                var bag: [String: Int] = [:]
                ScalarClass.forEachWord(in: s) { bag[$0.lowercased(), default: 0] += 1 }
                return bag
            }
            let ta = bag(a), tb = bag(b)
            let na = ta.values.reduce(0, +), nb = tb.values.reduce(0, +)
            guard na > 0, nb > 0 else { return 0 }
            let common = ta.reduce(0) { $0 + min($1.value, tb[$1.key] ?? 0) }
            guard common > 0 else { return 0 }
            let p = Double(common) / Double(nb), r = Double(common) / Double(na)
            return 2 * p * r / (p + r)
        }
        let texts = ["Hà Nội mở rộng mạng lưới xe buýt điện", "HÀ NỘI MỞ RỘNG mạng lưới", "ΟΔΟΣ οδός Σ σ ς",
                     "Straße STRASSE straße", "İstanbul istanbul ISTANBUL", "東京都 計画 東京都", "a a a b", "", "— … !"]
        for a in texts {
            for b in texts {
                #expect(abs(TokenOverlap.f1(a, b) - reference(a, b)) < 1e-12, "\(a) / \(b)")
            }
        }
    }

    /// The speaker finder's tokenizer walks scalars; it must split as a walk over characters does.
    @Test func speakerTokensAgreeWithACharacterWalk() {
        func reference(_ s: String) -> [String] {
            var words: [String] = []
            var current = ""
            for ch in s {
                if ch == " " {
                    if !current.isEmpty { words.append(current); current = "" }
                } else if ch == "," || ch == ":" || ch == ";" || ch == "." && current.count > 3 {
                    if !current.isEmpty { words.append(current); current = "" }
                    words.append(String(ch))
                } else {
                    current.append(ch)
                }
            }
            if !current.isEmpty { words.append(current) }
            return words
        }
        for text in ["ông Nguyễn Văn A, Bộ trưởng Bộ Y tế, cho biết: “Chúng tôi…”", "said Dr. Jane Roe. Then U.S. officials; later",
                     "a ,\u{301}b .\u{301} c", "Ha\u{300} No\u{323}i. e\u{301}e\u{301}e\u{301}e\u{301}. x", "👩‍👩‍👧 said, 👍🏽. ok",
                     "  two  spaces ,, ::", ""] {
            #expect(SpeakerFinder.tokenize(text) == reference(text), "\(text)")
        }
    }

    /// The Markdown escaper walks scalars; it must escape as a walk over characters does.
    @Test func markdownEscapingAgreesWithACharacterWalk() throws {
        func reference(_ text: String) -> String {
            var out = ""
            for ch in text {
                if ch == "\n" || ch == "\r\n" || ch == "\t" { out.append(" "); continue }
                if ch.unicodeScalars.count == 1, let s = ch.unicodeScalars.first, TextNormalization.isDropped(s) { continue }
                if MarkdownEscaping.inlineSpecial.contains(ch) { out.append("\\") }
                out.append(ch)
            }
            return out
        }
        var texts = [
            "*bold* _em_ `code` [link](x) <b> & # | ~ \\", "a\r\nb\rc\nd\te", "*\u{301} _\u{20E3} #\u{FE0F}", "x\u{AD}y\u{200B}z\u{FEFF}w\u{2060}v",
            String(String.UnicodeScalarView([Unicode.Scalar(0xFFFE)!, "\u{301}", " ", Unicode.Scalar(0xFFFF)!, " ", Unicode.Scalar(0xFDD0)!])),
            "Hà Nội “trích” — 👩‍👩‍👧 👍🏽", "\u{1}\u{7F}\u{85}\u{9F}", "\n\u{301}", "東京[都]",
        ]
        for name in try FileManager.default.contentsOfDirectory(atPath: TestSupport.examples.path) where name.hasSuffix(".txt") {
            texts.append(String(decoding: try Data(contentsOf: TestSupport.examples.appendingPathComponent(name)), as: UTF8.self))
        }
        for text in texts {
            #expect(MarkdownEscaping.escapeInline(text) == reference(text), "\(text.prefix(40))")
        }
    }
}

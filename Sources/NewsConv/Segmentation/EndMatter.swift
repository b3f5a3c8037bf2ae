/// The lines that close wire copy: the VNA end mark, credits, bylines and photo credits.
enum EndMatter {
    /// Removes the VNA end mark from the end of `text`: `./.` leaves the sentence's full stop,
    /// `/.` goes entirely.
    static func removingEndMark(_ text: String) -> String {
        var s = Substring(text).trimmingWhitespace()
        if s.hasSuffix("/.") {
            s = s.dropLast(2)
            if s.hasSuffix(" ") { s = s.trimmingWhitespace() }
        }
        return String(s)
    }

    static let creditOpeners = [
        "theo ", "nguồn:", "nguồn ", "source:", "sources:", "reporting by", "additional reporting",
        "writing by", "editing by", "compiled by", "tổng hợp", "lược dịch", "dịch:", "(theo ", "(nguồn",
        "(reporting", "(additional reporting", "(writing", "(editing", "- theo", "– theo",
    ]

    /// A credit line: `Theo TTXVN`, `(Theo VnExpress)`, `Nguồn: …`, `(Reporting by …)`.
    static func credit(_ text: String) -> String? {
        guard text.count <= 200 else { return nil }
        let lower = text.lowercased()
        guard creditOpeners.contains(where: { lower.hasPrefix($0) }) else { return nil }
        var s = Substring(text).trimmingWhitespace()
        if s.hasPrefix("-") || s.hasPrefix("–") { s = s.dropFirst().trimmingWhitespace() }
        if s.hasPrefix("("), s.hasSuffix(")") { s = s.dropFirst().dropLast().trimmingWhitespace() }
        if s.hasSuffix(".") && !s.hasSuffix("..") { s = s.dropLast() }
        // "Theo …" must be short: a sentence that opens with "Theo" is body text.
        if lower.hasPrefix("theo ") && (s.split(separator: " ").count > 8 || s.contains(",")) { return nil }
        return s.isEmpty ? nil : String(s)
    }

    /// A copyright notice closing a story: `© 2022 Example News. All rights reserved.`,
    /// `Copyright …`, `Bản quyền …`; short, and opening with the mark or naming the rights.
    static func copyrightNotice(_ text: String) -> String? {
        guard text.count <= 300 else { return nil }
        let lower = text.lowercased()
        let opens = ["©", "(c) ", "copyright", "bản quyền"].contains { lower.hasPrefix($0) }
        let names = ["all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
                     "tutti i diritti riservati", "copyrighted property"].contains { lower.contains($0) }
        return opens || names ? text : nil
    }

    /// Words of a closing call to action: the newsletter, the app, the channel, the subscription.
    static let callToActionWords = [
        "newsletter", "subscribe", "subscription", "subscriber", "apps for", "our app", "telegram", "whatsapp",
        "abonnieren", "abonnement", "suscribirse", "suscripción", "subskrypc", "posteingang", "inbox",
    ]

    /// Imperatives that make a line a call to action by themselves ("Sign up here", "Únete").
    static let callToActionImperatives = [
        "sign up", "download the", "download our", "subscribe to", "subscribe now", "follow us", "join us",
        "abonnieren sie", "folgen sie uns", "folge uns", "abonnez", "suscríbete", "síguenos", "únete", "iscriviti",
        "abbonati", "zapraszamy",
    ]

    /// Words that speak to the reader or for the publisher ("your inbox", "unseren Newsletter",
    /// "aquí"): a sentence of the story that mentions a newsletter does not.
    static let readerWords: Set<String> = [
        "you", "your", "dich", "dir", "du", "dein", "deinen", "deine", "euch", "unser", "unsere", "unseren", "unserem",
        "our", "we", "vous", "votre", "nous", "notre", "nos", "nuestra", "nuestro", "nuestras", "tu", "te", "aquí",
        "here", "hier", "ici", "qui",
    ]

    /// A closing paragraph that asks the reader to subscribe, sign up, download or follow: an
    /// imperative, or a word of the trade spoken to the reader or in a link.
    static func isCallToAction(_ text: String, holdsLink: Bool) -> Bool {
        guard text.count <= 300 else { return false }
        let lower = text.lowercased()
        if callToActionImperatives.contains(where: { lower.contains($0) }) { return true }
        guard callToActionWords.contains(where: { lower.contains($0) }) else { return false }
        if holdsLink { return true }
        let words = text.split { !$0.isLetter }
        // Formal German "Sie"/"Ihnen" is capitalised mid-sentence.
        return words.contains { readerWords.contains($0.lowercased()) || $0 == "Sie" || $0 == "Ihnen" }
    }

    /// Whether a paragraph is a note about one of the story's authors: it opens with the author's
    /// full name and goes on as a biography does (`Evan Halper writes about…`, `Will Knight is a
    /// senior writer…`, `Anna Muster, Fotografin aus Hamburg…`).
    static func isAuthorNote(_ text: String, authors: [String]) -> Bool {
        guard text.count <= 600 else { return false }
        for author in authors where author.split(separator: " ").count >= 2 && text.hasPrefix(author) {
            let rest = text.dropFirst(author.count).lowercased()
            if [" is ", " was ", " writes", " covers", " reports", " ist ", " schreibt", " est ", " es ", ", "].contains(where: { rest.hasPrefix($0) }) {
                return true
            }
        }
        return false
    }

    /// A line of contact details closing a story: a short paragraph with an e-mail address or a
    /// labelled telephone or fax number (`Felix Losada E-Mail: f@… Telefon: +49 …`).
    static func isContactLine(_ text: String) -> Bool {
        guard text.count <= 300 else { return false }
        let lower = text.lowercased()
        let labelled = ["e-mail:", "email:", "telefon:", "tel.:", "tel:", "phone:", "fax:", "téléphone :", "teléfono:"]
            .contains { lower.contains($0) }
        return labelled && (lower.contains("@") || lower.filter(\.isNumber).count >= 6)
    }

    /// The agency or publisher named by a credit: `Theo TTXVN` gives `TTXVN`.
    static func creditedSource(_ credit: String) -> String? {
        let lower = credit.lowercased()
        for opener in ["theo ", "nguồn:", "nguồn ", "source:"] where lower.hasPrefix(opener) {
            let name = credit.dropFirst(opener.count).trimmingWhitespace()
            return name.isEmpty ? nil : String(name)
        }
        return nil
    }

    static let bylineOpeners = ["by ", "bài và ảnh:", "bài, ảnh:", "bài:", "tin, ảnh:", "tin và ảnh:", "tin:", "nhóm pv", "pv:", "text:", "words:",
                                "von ", "von: ", "por ", "par ", "di ", "door ", "af ", "av ", "przez ", "autor:", "author:", "bởi "]

    /// The byline a text opens with, after an opener (`By `, `Von: `…): its first 80 characters read
    /// as `byline(_:strictName:)` reads them.
    static func openingByline(_ text: String, strictName: Bool) -> (byline: String, agency: String?)? {
        let lower = text.prefix(80).lowercased()
        guard bylineOpeners.contains(where: { lower.hasPrefix($0) }) else { return nil }
        return byline(String(text.prefix(80)), strictName: strictName)
    }

    /// A byline: `By Jane Doe`, `Bài và ảnh: Minh Anh`, `Thu Hằng/TTXVN`, a lone name, `PV`.
    /// Returns the byline text (without `By`) and the agency after a slash, if any.
    static func byline(_ text: String, strictName: Bool) -> (byline: String, agency: String?)? {
        guard text.count <= 80 else { return nil }
        var s = Substring(text).trimmingWhitespace()
        if s.hasPrefix("-") || s.hasPrefix("–") || s.hasPrefix("—") { s = s.dropFirst().trimmingWhitespace() }
        if s.hasPrefix("("), s.hasSuffix(")") { s = s.dropFirst().dropLast().trimmingWhitespace() }
        let lower = s.lowercased()
        var explicit = false
        for opener in bylineOpeners where lower.hasPrefix(opener) {
            if opener == "nhóm pv" || opener == "pv:" { return (String(s), nil) }
            s = s.dropFirst(opener.count).trimmingWhitespace()
            explicit = true
            break
        }
        if s.hasSuffix(".") { s = s.dropLast() }
        guard !s.isEmpty else { return nil }
        if s == "PV" || s == "CTV" || s == "NHÓM PV" { return (String(s), nil) }
        var agency: String?
        if let slash = s.lastIndex(of: "/") {
            let after = s[s.index(after: slash)...].trimmingWhitespace()
            if DatelineParser.agencies.contains(after.uppercased()) || DatelineParser.isAllCaps(String(after)) {
                agency = String(after)
                s = s[..<slash].trimmingWhitespace()
            }
        }
        guard !s.isEmpty else { return nil }
        if !explicit || strictName {
            guard looksLikeNames(s) else { return nil }
        }
        return (String(s), agency)
    }

    /// One or more personal names: capitalised words, joined by commas, `và`, `and` or `&`.
    static func looksLikeNames(_ s: Substring) -> Bool {
        let words = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "&" || $0 == ";" })
        guard !words.isEmpty, words.count <= 12 else { return false }
        let joiners: Set<String> = ["và", "and", "with", "von", "van", "de", "der", "la", "le", "da", "di", "bin"]
        for word in words {
            if joiners.contains(String(word)) { continue }
            guard let first = word.first, first.isUppercase else { return false }
            if word.contains(where: { $0.isNumber || ".!?:“”\"".contains($0) }) {
                // initials such as "J." are fine
                if !(word.count <= 3 && word.hasSuffix(".")) { return false }
            }
        }
        return !s.contains(where: { ".!?:".contains($0) && $0 != "." })
    }

    /// Splits a byline into names.
    static func authors(_ byline: String) -> [String] {
        var parts = [byline]
        for separator in [",", ";", " và ", " and ", " & ", " - ", " – "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty && $0 != "PV" && $0 != "CTV" }
    }
}

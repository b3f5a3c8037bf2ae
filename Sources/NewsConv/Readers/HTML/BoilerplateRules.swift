import LibXML

/// What is never article content: tags, class and id words, hidden elements, and the
/// stock phrases of "read more" lines.
enum BoilerplateRules {
    /// Elements skipped with everything inside them.
    static let skippedTags: Set<String> = [
        "script", "style", "template", "svg", "canvas", "iframe", "button", "input",
        "select", "textarea", "dialog", "object", "embed", "link", "meta", "head", "audio",
        "video", "map", "area", "label", "option", "datalist", "math", "frameset", "frame",
    ]

    /// Elements skipped like boilerplate classes: unless the story is inside them. Broken markup
    /// leaves a page inside an unclosed `<nav>`, ASP.NET pages sit in one `<form>`, and a page
    /// may carry its whole text in `<noscript>` for readers without scripts.
    static func isWrapperTag(_ name: String) -> Bool {
        // Asked of every element: compared, not hashed.
        switch name {
        case "nav", "form", "menu", "noscript": return true
        default: return false
        }
    }

    /// Elements kept out of the body (but read for metadata): page chrome around the article.
    static let chromeTags: Set<String> = ["footer", "aside", "header"]

    /// Block-level elements: they end a run of inline text.
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "blockquote", "figure", "figcaption", "pre", "hr", "address", "center", "details", "summary", "fieldset",
        "nav", "form", "body", "html", "hgroup", "picture", "video", "audio", "iframe", "noscript", "menu", "dialog",
        "colgroup", "col", "legend", "output",
    ]

    /// Words of class and id values that lower an element's score (readability's weighting),
    /// matched against whole words of the value (split on spaces, hyphens, underscores and case changes).
    static let negativeWords: Set<String> = [
        "comment", "comments", "share", "sharing", "social", "related", "relate", "recommend", "recommended",
        "recommendation", "promo", "promotion", "advert", "advertisement", "ad", "ads", "adv", "advertising", "banner",
        "newsletter", "subscribe", "subscription", "sidebar", "footer", "navbar", "nav", "navigation", "menu",
        "breadcrumb", "breadcrumbs", "tags", "tag", "popup", "modal", "cookie", "cookies", "outbrain", "taboola",
        "widget", "sponsor", "sponsored", "masthead", "toolbar", "pagination", "pager", "print", "rating",
        "readmore", "trending", "mostread", "popular", "login", "signup", "sharebar", "socials", "follow",
        "teaser", "teasers", "more", "lienquan", "tinlienquan", "xemthem", "byline", "author", "meta",
        "disclaimer", "copyright", "feedback", "poll", "quiz", "donate", "header", "aside", "rail", "consent", "gdpr",
    ]

    /// Words that mark a class or id as boilerplate outright: the element is skipped, unless its
    /// class or id also names the article body.
    static let skipWords: Set<String> = [
        "comment", "comments", "share", "sharing", "social", "related", "relate", "recommend", "recommended",
        "recommendation", "newsletter", "subscribe", "sidebar", "footer", "breadcrumb", "breadcrumbs", "outbrain",
        "taboola", "popup", "modal", "cookie", "ad", "ads", "adv", "advert", "advertisement", "advertising", "banner",
        "promo", "sponsored", "tags", "lienquan", "tinlienquan", "xemthem", "nav", "navbar", "navigation", "menu",
        "toolbar", "pagination", "rating", "readmore", "trending", "mostread", "byline", "author", "poll",
        "sharebar", "socials", "consent", "gdpr", "masthead", "donate", "quiz", "copyright", "disclaimer",
    ]

    /// Starts of class words that mark boilerplate even in compounds (`commentarea`, `newslettersignup`).
    static let skipStems = ["comment", "newsletter"]

    /// Ends of class words that mark boilerplate in compounds: WordPress's line of post metadata
    /// (`postmeta`, `singlepostmeta`, `postmetadata`: "Posted by … in … Comments are closed").
    static let skipEndings = ["postmeta", "postmetadata", "entrymeta"]

    /// Words that mark the article's body.
    static let positiveWords: Set<String> = [
        "article", "body", "content", "entry", "main", "post", "story", "detail", "fck", "singular",
        "blog", "prose", "richtext", "bodytext", "articletext",
    ]

    /// Class or id values (whole, lower case) that name the article body on news sites,
    /// Vietnamese sites included.
    static let bodyHints: Set<String> = [
        "article-body", "articlebody", "article__body", "article-content", "article__content", "articlecontent",
        "entry-content", "post-content", "post-body", "postbody", "story-body", "storybody", "story-content",
        "content-detail", "detail-content", "detail__content", "detail-body", "fck_detail", "singular-content",
        "article-text", "articletext", "body-text", "bodytext", "news-content", "newscontent", "cms-body",
        "c-article-body", "article__text", "text-article", "content_detail", "the-article-body", "article-detail",
        "maincontent", "main-content", "article_body", "article-body-content", "entry__content", "story__body",
        "detail__cmain-main", "dt-news__content", "knc-content", "afcbc-body", "content-news", "news-detail",
        "box-content-detail", "detail-content-body", "article-main", "rich-text", "story-text", "storytext",
        "text-content", "paywall", "article-page__body", "post__content", "single-content", "td-post-content",
        "e-magazine__body", "contentdetail", "articlebodycontainer", "zce-content-body",
    ]

    /// Class words of the lead (standfirst, sapo).
    static let leadWords: Set<String> = [
        "sapo", "lead", "standfirst", "summary", "intro", "introduction", "teaser", "excerpt", "dek", "deck",
        "abstract", "description", "subhead", "subheadline", "kicker", "chapeau", "chapo", "lede", "strapline",
        "vorspann", "anriss", "ingress", "entradilla", "bajada", "preface", "preamble", "subtitle", "subtitulo", "sottotitolo",
    ]

    /// Whether a heading's id is an anchor made from its own words (`nav_nur_die_folie__1` for
    /// "Nur die Folie bleibt zurück"), which says nothing of the heading's role: two of its words
    /// of three letters or more are words of the text.
    static func isAnchorSlug(_ id: String, of text: String) -> Bool {
        let textWords = Set(text.lowercased().split { !$0.isLetter && !$0.isNumber })
        var matched = 0
        for word in id.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where word.count >= 3 {
            if textWords.contains(word) { matched += 1 }
            if matched >= 2 { return true }
        }
        return false
    }

    /// The words of an element's class and id together.
    static func classAndIDWords(of node: HTMLNode) -> [String] {
        words((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? ""))
    }

    /// Splits a class or id value into lower-case words: `articleBody__text-main` gives
    /// `article`, `body`, `text`, `main`. Parts with digits (generated names such as `e12ad0a8`) are
    /// left out. Works on bytes: class lists are long on modern pages.
    static func words(_ value: String) -> [String] {
        let bytes = Array(value.utf8)
        var result: [String] = []
        var partStart = 0          // where this part's words start in `result`
        var partHasDigit = false
        var previousLower = false
        var wordStart = -1, wordHasUpper = false
        let count = bytes.count
        var i = 0
        while i <= count {
            let byte: UInt8 = i < count ? bytes[i] : 0x20
            let isSeparator: Bool
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x2D, 0x5F, 0x3A, 0x2E, 0x2F: isSeparator = true
            default: isSeparator = false
            }
            let isUpper = byte >= 0x41 && byte <= 0x5A
            // A word ends at a separator, and at a camel-case boundary (upper after lower case).
            if wordStart >= 0 && (isSeparator || (isUpper && previousLower)) {
                let slice = bytes[wordStart..<i]
                result.append(wordHasUpper ? String(decoding: slice.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
                                           : String(decoding: slice, as: UTF8.self))
                wordStart = -1
                wordHasUpper = false
            }
            if isSeparator {
                // A part (between separators) with a digit gives no words.
                if partHasDigit { result.removeSubrange(partStart...) }
                partStart = result.count
                partHasDigit = false
                previousLower = false
                i += 1
                continue
            }
            if wordStart < 0 { wordStart = i }
            if isUpper { wordHasUpper = true }
            if byte >= 0x30 && byte <= 0x39 { partHasDigit = true }
            previousLower = byte >= 0x61 && byte <= 0x7A
            i += 1
        }
        return result
    }

    /// What a class word says, as bits: one dictionary lookup a word instead of one a set.
    struct WordKinds: OptionSet {
        let rawValue: UInt16
        static let negative = WordKinds(rawValue: 1)
        static let positive = WordKinds(rawValue: 2)
        static let skip = WordKinds(rawValue: 4)
        static let lead = WordKinds(rawValue: 8)
        static let bodyish = WordKinds(rawValue: 16)
        static let byline = WordKinds(rawValue: 32)
        static let factBox = WordKinds(rawValue: 64)
        static let summary = WordKinds(rawValue: 128)
        static let caption = WordKinds(rawValue: 256)
        static let box = WordKinds(rawValue: 512)
        static let boxKind = WordKinds(rawValue: 1024)
    }

    static let wordKinds: [String: WordKinds] = {
        var table: [String: WordKinds] = [:]
        for (words, kind) in [(negativeWords, WordKinds.negative), (positiveWords, .positive), (skipWords, .skip),
                              (leadWords, .lead), (bodyishWords, .bodyish), (["byline", "author"], .byline),
                              (["factbox", "infobox", "keypoints", "tldr"], .factBox), (["summary"], .summary),
                              (["caption", "figcaption"], .caption), (["box"], .box), (["fact", "info"], .boxKind)] {
            for word in words { table[word, default: []].insert(kind) }
        }
        return table
    }()

    /// What the class and id of an element say, worked out once per distinct value on a page.
    struct ClassInfo {
        var words: [String]
        var isBoilerplate: Bool
        var weight: Double
        var isLead: Bool
        var isBodyHint: Bool
        var isByline: Bool
        var isHiddenClass: Bool
        /// What its words name besides boilerplate and the body.
        var names: Names = []
    }

    /// What class words name besides boilerplate and the body: a box beside the story, reader
    /// comments, a caption.
    struct Names: OptionSet {
        let rawValue: UInt8
        /// A fact box or info box (`factbox`, `info-box`, `keypoints`, `tldr`).
        static let factBox = Names(rawValue: 1)
        /// A summary.
        static let summary = Names(rawValue: 2)
        /// Reader comments (`comment…`).
        static let comments = Names(rawValue: 4)
        /// A caption (`caption`, `figcaption`).
        static let caption = Names(rawValue: 8)
    }

    /// What one class token says (`article-body`, `hidden`, `text-22`…).
    struct TokenInfo {
        var words: [String]
        var negative: Bool
        var positive: Bool
        var skip: Bool
        var lead: Bool
        var bodyHint: Bool
        var hidden: Bool
        var byline: Bool
        var bodyish: Bool
        /// What the token names besides boilerplate and the body.
        var names: Names = []
        /// Whether the token shows the element at some screen width (`lg:flex`, `d-md-block`).
        var shows = false
    }

    /// Display values of responsive classes that show an element from a breakpoint on.
    static let displayValues: Set<Substring> = ["block", "flex", "grid", "inline", "inline-block", "inline-flex", "table", "contents"]

    /// Whether a class shows its element at some screen width: Tailwind's `lg:flex`, Bootstrap's
    /// `d-md-block`. Beside `hidden` or `d-none` it makes the element hidden on small screens only.
    static func showsAtBreakpoint(_ token: String) -> Bool {
        if let colon = token.lastIndex(of: ":") { return displayValues.contains(token[token.index(after: colon)...]) }
        guard token.hasPrefix("d-") else { return false }
        let parts = token.split(separator: "-", maxSplits: 2)
        return parts.count == 3 && ["sm", "md", "lg", "xl", "xxl"].contains(parts[1]) && displayValues.contains(parts[2])
    }

    static let hiddenTokens: Set<String> = ["hidden", "hide", "is-hidden", "invisible", "d-none", "sr-only", "visually-hidden",
                                            "screen-reader-text"]
    /// `hentry` is the hAtom microformat's entry: WordPress puts it on the post, beside `category-…` and
    /// `tag-…` classes that name the post's topics ("category-social-issues"), not boxes of the page.
    static let bodyishWords: Set<String> = ["body", "content", "article", "story", "entry", "hentry"]

    static func tokenInfo(_ token: String) -> TokenInfo {
        // A class that says something is absent (`no-share`, `no-sidebar`, `without-comments`) names
        // nothing that is there, and one that says what an element holds (`with-navigation`,
        // `has-sidebar`: layout modifiers of a page's main wrapper) does not name the element.
        let first = token.utf8.first
        if first == 0x6E || first == 0x77 || first == 0x68,  // n, w, h
           token.hasPrefix("no-") || token.hasPrefix("no_") || token.hasPrefix("without-") || token.hasPrefix("has-")
            || token.hasPrefix("with-") || token.hasPrefix("with_") || token.hasPrefix("has_") {
            return TokenInfo(words: [], negative: false, positive: false, skip: false, lead: false, bodyHint: false,
                             hidden: false, byline: false, bodyish: false)
        }
        let w = words(token)
        // Class tokens are mostly lower-case ASCII already.
        let lower = token.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) ? token.lowercased() : token
        var kinds: WordKinds = []
        var comments = false
        // Two words that make a lead's name together (`sub-title`, `sub_headline`).
        for (first, second) in zip(w, w.dropFirst()) where first == "sub" && leadWords.contains(first + second) {
            kinds.insert(.lead)
        }
        for word in w {
            if let k = wordKinds[word] { kinds.formUnion(k) }
            // Compounds such as `commentarea` or `newsletterbox` are not split by `words`.
            if skipStems.contains(where: { word.hasPrefix($0) })
                || word.utf8.count >= 8 && skipEndings.contains(where: { word.utf8.reversed().starts(with: $0.utf8.reversed()) }) {
                kinds.formUnion([.negative, .skip])
            }
            if word.hasPrefix("comment") { comments = true }
        }
        var info = TokenInfo(words: w, negative: kinds.contains(.negative), positive: kinds.contains(.positive),
                             skip: kinds.contains(.skip), lead: kinds.contains(.lead),
                             bodyHint: bodyHints.contains(lower), hidden: hiddenTokens.contains(lower),
                             byline: kinds.contains(.byline), bodyish: kinds.contains(.bodyish))
        // `fact-box`, `info_box` as well as `factbox`.
        if kinds.contains(.factBox) || kinds.isSuperset(of: [.box, .boxKind]) { info.names.insert(.factBox) }
        if kinds.contains(.summary) { info.names.insert(.summary) }
        if comments { info.names.insert(.comments) }
        if kinds.contains(.caption) { info.names.insert(.caption) }
        info.shows = showsAtBreakpoint(lower)
        return info
    }

    /// Token infos, cached for the page (utility classes repeat on every element).
    final class TokenCache {
        // A page has a few hundred distinct class tokens: sized for them, not grown by doubling.
        private var cache: [Substring: TokenInfo] = Dictionary(minimumCapacity: 512)
        func info(_ token: Substring) -> TokenInfo {
            if let cached = cache[token] { return cached }
            let computed = tokenInfo(String(token))
            cache[token] = computed
            return computed
        }
    }

    static func classInfo(classes: String, id: String, tokens: TokenCache) -> ClassInfo {
        var info = ClassInfo(words: [], isBoilerplate: false, weight: 0, isLead: false, isBodyHint: false,
                             isByline: false, isHiddenClass: false)
        var skip = false, bodyish = false, shows = false
        for (value, isClass) in [(classes, true), (id, false)] where !value.isEmpty {
            var negative = false, positive = false
            // Tokens split on ASCII white space, byte by byte (class lists are long on modern pages).
            for part in value.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D || $0 == 0x0C }) {
                let token = tokens.info(Substring(part))
                info.words += token.words
                negative = negative || token.negative
                positive = positive || token.positive
                skip = skip || token.skip
                bodyish = bodyish || token.bodyish
                info.isLead = info.isLead || token.lead
                info.isBodyHint = info.isBodyHint || token.bodyHint
                info.isByline = info.isByline || token.byline
                if isClass { info.isHiddenClass = info.isHiddenClass || token.hidden; shows = shows || token.shows }
                info.names.formUnion(token.names)
            }
            if negative { info.weight -= 25 }
            if positive { info.weight += 25 }
        }
        info.isBoilerplate = skip && !info.isBodyHint && !bodyish
        if shows { info.isHiddenClass = false }
        return info
    }

    /// Whether a `style` attribute says `display:none` or `visibility:hidden` (any case, any
    /// spaces), compared on bytes.
    static func styleHides(_ style: String) -> Bool {
        var folded: [UInt8] = []
        folded.reserveCapacity(style.utf8.count)
        for b in style.utf8 where b != 0x20 { folded.append(ByteSearch.lowercasedASCII(b)) }
        return ByteSearch.firstOffset(of: Array("display:none".utf8), in: folded) != nil
            || ByteSearch.firstOffset(of: Array("visibility:hidden".utf8), in: folded) != nil
    }

    /// Whether the element is hidden, from attributes read once.
    static func isHidden(_ a: CommonAttributes, info: ClassInfo?, isParagraph: Bool = false) -> Bool {
        if a.hidden { return !(a.id?.hasPrefix("S:") ?? false) }
        if a.ariaHidden == "true" && !isParagraph { return true }
        if let style = a.style, styleHides(style) { return true }
        return info?.isHiddenClass ?? false
    }

    /// Phrases that open "read more" and similar lines, lower case.
    static let readMorePhrases = [
        "xem thêm", "đọc thêm", "tin liên quan", "bài liên quan", "read more", "read also", "also read", "see also",
        "related:", "related articles", "related stories", "more:", "advertisement", "quảng cáo", "continue reading",
        "sign up for", "subscribe to", "follow us", "share this", "click here", "lesen sie auch", "mehr zum thema",
        "auch interessant", "lire aussi", "à lire aussi", "leer más", "lee también", "leia também", "leggi anche",
        "anzeige", "werbung", "publicidad", "publicité", "(adsbygoogle", "bấm để xem", "mời quý độc giả",
        "le puede interesar", "te puede interesar", "también te puede interesar", "notas relacionadas", "lea también",
        "vea también", "mira también", "weiterlesen", "mehr lesen", "zum artikel", "kommentare", "kommentar schreiben",
        "keine kommentare", "print recipe", "reklama", "czytaj też", "czytaj także", "zobacz też", "bild anzeigen",
        "to view the full story", "subscribe now", "subscribe today", "follow the ", "follow us on", "war der artikel nützlich",
        "deine e-mail-adresse wird", "your email address will not", "leave a comment", "leave a reply", "post a comment",
        "*werbung", "werbung:", "this article is", "this story was", "click to share", "share on", "teilen auf",
        "jetzt kostenlos", "hier kostenlos", "newsletter", "sign up", "log in", "register now", "download the app",
        "tải ứng dụng", "theo dõi", "mời bạn đọc", "bạn đọc quan tâm", "xem video", "xem thêm video", "clip:",
        "lire la suite", "abonnez-vous", "s'abonner", "suscríbete", "leggi tutto", "iscriviti",
        "by signing up", "we apologize, but this video", "try refreshing your browser", "got a story?",
        "get in touch with our", "for more stories like", "this site is protected by recaptcha",
        "you can find this story in my bookmarks", "hat ihnen dieser artikel gefallen", "ihre meinung ist uns wichtig",
        "mit meiner anmeldung", "dieser artikel wurde ausgedruckt", "dieses thema im programm", "cek berita",
        // "You may also like" and its kin, and follow-us lines, in the corpus's languages and others.
        "das könnte sie auch", "das könnte dich auch", "das thema könnte", "noch mehr infos", "explore further",
        "weiterführende links", "weiterführender link", "síguenos en", "siguenos en", "permalink", "you might also like",
        "you may also like", "recommended for you", "ähnliche artikel", "verwandte artikel", "empfohlene artikel",
        "à lire également", "à voir aussi", "vous aimerez aussi", "te recomendamos", "ti potrebbe interessare",
        "potrebbe interessarti", "lees ook", "zie ook", "läs också", "les også", "læs også", "có thể bạn quan tâm",
        "tin cùng chuyên mục", "more stories", "trending now", "lade weitere", "mehr laden", "load more",
        "empfehlungen aus der redaktion", "unsere empfehlungen", "heute empfehlen wir", "erschienen in",
        "if you're seeing this message", "if you’re seeing this message", "dowiedz się więcej", "czytaj więcej",
        "veja também", "leia mais", "saiba mais", "nächster eintrag", "vorheriger eintrag", "next post", "previous post",
        "nächster artikel", "vorheriger artikel",
    ]

    /// Phrases of a closing call to action set as a heading ("Sign up for our newsletter").
    static let callToActionPhrases = [
        "newsletter", "sign up", "signing up", "subscribe", "log in", "create an account", "email:", "e-mail:", "@",
        "whatsapp", "follow us", "follow related", "story to tell", "get in touch", "contact the author", "contact us",
        "abonnieren", "anmelden", "kontakt", "abonnez", "inscrivez", "suscríbete", "iscriviti", "đăng ký", "liên hệ",
    ]

    /// Headings of a closing section about the page rather than the story: the author's biography,
    /// the press contact.
    static let closingSectionHeadings: Set<String> = [
        "über den autor", "über die autorin", "zum autor", "zur autorin", "about the author", "about the authors",
        "kontakt", "contact", "pressekontakt", "press contact", "media contact", "ansprechpartner", "ansprechpartnerin",
    ]

    /// Whether a heading opens a closing section about the page ("Über den Autor", "Kontakt:").
    static func isClosingSectionHeading(_ heading: String) -> Bool {
        closingSectionHeadings.contains(label(heading, droppingTrailing: ":."))
    }

    /// A heading or label lower-cased, without white space around it or the `trailing` marks after it.
    static func label(_ text: String, droppingTrailing trailing: String) -> String {
        var lower = text.lowercased().trimmingWhitespace()
        while let last = lower.last, trailing.contains(last) { lower = lower.dropLast() }
        return String(lower)
    }

    /// Whether a heading is a call to action or a pointer to more of the site ("More Science").
    static func isCallToAction(_ heading: String) -> Bool {
        let lower = heading.lowercased()
        if callToActionPhrases.contains(where: { lower.contains($0) }) { return true }
        return (lower.hasPrefix("more ") || lower.hasPrefix("mehr ") || lower.hasPrefix("weitere ")) && lower.split(separator: " ").count <= 5
    }

    /// Words that may stand beside a date in a date stamp ("Stand: 28.04.2023 17:23 Uhr").
    static let dateStampWords: Set<String> = [
        "stand", "erstellt", "aktualisiert", "veröffentlicht", "am", "um", "uhr", "updated", "update", "published",
        "posted", "last", "on", "at", "publisert", "sist", "oppdatert", "lesedauer", "min", "mins", "minuten", "minutes",
        "read", "ago", "le", "à", "publié", "mis", "jour", "actualizado", "publicado", "modifica", "modificato", "il",
        "pm", "gmt", "utc", "cet", "cest", "est", "edt", "bst", "ict", "cập", "nhật", "ngày", "lúc", "giờ",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
        "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so",
        "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật",
        // A media player's line: "02:57 Min. Verfügbar bis 06.05.2024", "Video available until 1/5/2025".
        "video", "audio", "verfügbar", "bis", "available", "until",
    ]

    /// Whether a short line is only a date stamp: a numeric date with labels such as "Stand:",
    /// "Updated", "Uhr" or a weekday around it, and no other words.
    static func isDateStampLine(_ text: String) -> Bool {
        guard text.utf8.count <= 240, text.hasAtMostCharacters(60) else { return false }
        if isNamedDateLine(text) { return true }
        let scalars = Array(text.unicodeScalars)
        // A numeric date: d.m.yy, d/m/yyyy, yyyy-mm-dd (digits, a separator, digits, the same separator, digits).
        var hasDate = false
        var i = 0
        func digits(from start: Int) -> Int {
            var j = start
            while j < scalars.count, ("0"..."9").contains(scalars[j]) { j += 1 }
            return j - start
        }
        while i < scalars.count && !hasDate {
            let first = digits(from: i)
            guard first > 0 else { i += 1; continue }
            var j = i + first
            if j < scalars.count, ".-/".unicodeScalars.contains(scalars[j]) {
                let separator = scalars[j]
                j += 1
                while j < scalars.count, scalars[j] == " " { j += 1 }
                let second = digits(from: j)
                j += second
                if second > 0, second <= 2, j < scalars.count, scalars[j] == separator {
                    j += 1
                    while j < scalars.count, scalars[j] == " " { j += 1 }
                    let third = digits(from: j)
                    if third == 2 || third == 4, first <= 2 || first == 4 { hasDate = true }
                }
            }
            i += first
        }
        guard hasDate else { return false }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.allSatisfy { dateStampWords.contains(String($0)) }
    }

    /// A line that is only a date with the month's name, and perhaps a time: "11 Jan 2019",
    /// "March 3, 2022 3:59 PM", "3. Februar 2022".
    static func isNamedDateLine(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard words.count >= 2, words.count <= 6 else { return false }
        var month = false, year = false
        for word in words {
            if word.allSatisfy(\.isNumber) {
                if word.count == 4 { year = true } else if word.count > 2 { return false }
            } else if monthNames.contains(String(word)) {
                month = true
            } else if !["am", "pm", "uhr", "de", "del", "le", "veröffentlichung", "datum", "date"].contains(String(word))
                        && !dateStampWords.contains(String(word)) {
                return false
            }
        }
        return month && year
    }

    static let monthNames: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "okt", "dez",
        "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ]

    /// Words that mark a short line as a photo or agency credit (`Foto: dpa`, `TebNad/Shutterstock.com`).
    static let creditMarkers = ["shutterstock", "getty images", "imago", "istock", "©", "(c) ", "foto:", "photo:", "bild:",
                                "image:", "credit:", "picture:", "(picture", "(image", "ảnh:", "nguồn ảnh", "fotos:",
                                "photos:", "(foto", "(photo", "/afp", "/reuters", "/dpa", "/ap", "/ttxvn", "keystone",
                                "alamy", "pixabay", "unsplash", "adobe stock", "depositphotos", "dreamstime"]

    /// Whether a paragraph is a note about the page rather than the story: an affiliate or
    /// advertiser disclosure ("We may receive compensation when you click on links…", "Für Links
    /// auf dieser Seite erhält … eine Provision"), the placeholder of an embed that waits for
    /// consent ("Wir respektieren deine Privatsphäre und stellen … keine Verbindung zu Twitter
    /// her", "Externer Inhalt"), a subscription offer or appeal for support, a line that files the
    /// story under tags, a box's label ("Kontakt:", "Release Date:") or a reading time.
    static func isPageNote(_ text: String) -> Bool {
        // Asked of every paragraph: searched on ASCII-folded bytes, not on lowercased strings.
        let utf8 = text.utf8
        guard utf8.count <= 1600, text.hasAtMostCharacters(400) else { return false }
        var folded: [UInt8] = []
        folded.reserveCapacity(utf8.count)
        for b in utf8 { folded.append(ByteSearch.lowercasedASCII(b)) }
        func has(_ word: [UInt8]) -> Bool { ByteSearch.firstOffset(of: word, in: folded) != nil }
        // A word, or its plural: not inside a longer word ("linked", "provisional").
        func hasWord(_ word: [UInt8]) -> Bool {
            var from = 0
            while from < folded.count, let found = ByteSearch.firstOffset(of: word, in: folded[from...]) {
                let start = from + found, end = start + word.count
                let before = start == 0 ? 0x20 : folded[start - 1]
                var after: UInt8 = end < folded.count ? folded[end] : 0x20
                if after == 0x73 { after = end + 1 < folded.count ? folded[end + 1] : 0x20 }
                if !isASCIILetter(before) && !isASCIILetter(after) { return true }
                from = start + 1
            }
            return false
        }
        // An affiliate note: links or clicks, and the money they bring.
        if PageNoteWords.links.contains(where: hasWord) || has(PageNoteWords.klick),
           PageNoteWords.money.contains(where: hasWord) { return true }
        // An embed waiting for consent: consent, the embedding service, and the loading it waits for.
        if PageNoteWords.consent.contains(where: has) && PageNoteWords.embed.contains(where: has)
            && PageNoteWords.loading.contains(where: has) { return true }
        // A subscription offer or an appeal for support set into the page.
        if PageNoteWords.offers.contains(where: hasWord) { return true }
        if isTaxonomyLine(text) { return true }
        guard utf8.count <= 160 else { return false }
        let lower = text.lowercased()
        var line = Substring(lower)
        while let c = line.first, c.isWhitespace || c.isPunctuation { line = line.dropFirst() }
        while let c = line.last, c.isWhitespace || c.isPunctuation { line = line.dropLast() }
        return pageNoteLines.contains(String(line)) || isReadingTimeLine(lower)
    }

    /// Whether a line is the page's furniture wherever it stands (a paragraph, a list item): a
    /// "read more" line, a date stamp or a note about the page.
    static func isFurnitureLine(_ text: String) -> Bool {
        isReadMoreLine(text) || isDateStampLine(text) || isPageNote(text)
    }

    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A || b >= 0x41 && b <= 0x5A }

    /// The words `isPageNote` looks for, as the lower-case UTF-8 bytes it searches (made once).
    enum PageNoteWords {
        static func bytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }
        static let links = bytes(["link", "click"])
        static let klick = Array("klick".utf8)
        static let money = bytes(["compensation", "commission", "provision", "vergütung", "affiliate"])
        static let consent = bytes(["einverständnis", "einwilligung", "zustimmung", "consent", "privatsphäre", "datenschutzerklärung"])
        static let embed = bytes(["twitter", "youtube", "instagram", "facebook", "tiktok", "externe", "drittanbieter", "third-party",
                                  "third party"])
        static let loading = bytes(["laden", "load", "verbindung", "connect", "blockiert", "blocked", "akzeptier", "accept", "aktivier",
                                    "enable", "einstellung", "setting", "cookie", "anzeigen"])
        /// A subscription offer or an appeal for support ("Cancel anytime", "Would you consider
        /// supporting our work?", "Wesprzyj nas darowizną").
        static let offers = bytes([
            "cancel anytime", "cancel at any time", "cancela cuando quieras", "jederzeit kündbar", "résiliable à tout moment",
            "auto renew", "auto-renew", "access to the full article", "access to all issues", "supporting our work",
            "support our work", "support our journalism", "support independent journalism", "wesprzyj nas",
            "unterstützen sie uns", "unterstütze uns", "keine bezahlschranke", "apoya nuestro periodismo", "soutenez-nous",
        ])
    }

    /// Whole lines that label an embed or a box rather than say anything.
    static let pageNoteLines: Set<String> = [
        "externer inhalt", "empfohlener externer inhalt", "external content", "related coverage", "inhaltsverzeichnis",
        "table of contents", "contenido externo", "contenu externe", "quellen ausblenden", "quellen anzeigen",
        "über den autor", "über die autorin", "about the author", "kontakt", "contact", "wird geladen", "gefällt mir wird geladen",
        "loading", "sie sind aktuell nicht eingeloggt", "noch keine bewertungen", "dieses skript als pdf herunterladen",
        "release date", "last modified", "last updated", "kommentare insgesamt", "aufrufe",
    ]

    /// The labels of a line that files the story under its categories or tags.
    static let taxonomyLabels: [String] = [
        "category", "categories", "kategorie", "kategorien", "catégorie", "catégories", "categoría", "categorías",
        "categoria", "categorias", "categorie", "kategoria", "kategorier", "tags", "tagged", "tagged with", "tagged as",
        "schlagworte", "schlagwörter", "stichworte", "stichwörter", "themen", "filed under", "posted in", "étiquettes",
        "etiquetas", "mots-clés", "mots clés", "keywords", "rubrik", "rubrique", "tagi",
    ]

    /// A line that files the story ("Category : Press Releases", "Schlagworte: Berlin, Gewässer",
    /// "Filed under: Politics"): a label, a colon, then terms without a sentence among them.
    static func isTaxonomyLine(_ text: String) -> Bool {
        // Asked of every paragraph: the colon is looked for among the first bytes only.
        let utf8 = text.utf8
        guard utf8.count <= 400, let colon = utf8.prefix(40).firstIndex(of: 0x3A) else { return false }
        let label = text[..<colon].trimmingWhitespace().lowercased()
        guard label.count <= 14, taxonomyLabels.contains(label) else { return false }
        let rest = text[text.index(after: colon)...]
        guard !rest.contains(". "), rest.split(whereSeparator: \.isWhitespace).count <= 25 else { return false }
        return true
    }

    /// A reading-time line: "4 Min Read", "Lesezeit: 3 Minuten", "5 min de lectura".
    static func isReadingTimeLine(_ lower: String) -> Bool {
        guard lower.count <= 40, lower.contains(where: \.isNumber) else { return false }
        let words = lower.split(whereSeparator: { !$0.isLetter })
        guard words.contains(where: { ["read", "lesezeit", "lectura", "lecture", "leitura", "lettura"].contains($0) }) else { return false }
        return words.allSatisfy { ["min", "mins", "minute", "minutes", "minuten", "minutos", "minuti", "read", "reading", "time",
                                   "lesezeit", "de", "lectura", "lecture", "leitura", "lettura", "di", "ca"].contains($0) }
    }

    /// Whether a short line is only a photo or agency credit.
    static func isCreditLine(_ text: String) -> Bool {
        guard text.hasAtMostCharacters(90) else { return false }
        let lower = text.lowercased()
        guard creditMarkers.contains(where: { lower.contains($0) }) else { return false }
        // A sentence that mentions a photo is not a credit line.
        return !(lower.hasSuffix(".") && text.split(separator: " ").count > 8)
    }

    /// Headings of page furniture rather than of the story.
    static let furnitureHeadings: Set<String> = [
        "read more", "read next", "up next", "related", "related article", "related articles", "related stories",
        "more on this story", "more stories", "most read", "most popular", "trending", "advertisement", "comments",
        "share this article", "share", "auch interessant", "mehr zum thema", "mehr nachrichten", "weitere artikel",
        "schlagwörter zu diesem artikel", "lire aussi", "à lire aussi", "sur le même sujet", "leer más", "lee también",
        "leia também", "leggi anche", "tin liên quan", "tin cùng chuyên mục", "xem thêm", "đọc thêm", "bài viết liên quan",
        "tin mới", "tin nổi bật", "đọc nhiều", "more news", "latest news", "top stories", "you may also like",
        "recommended", "recommended for you", "newsletter", "sign up", "follow us", "anzeige", "werbung",
        "related posts", "recommended posts", "popular posts", "recent posts", "latest posts",
        "share this post", "share this story", "leave a comment", "leave a reply", "you might also like",
        "empfohlene beiträge", "empfohlene artikel", "zum weiterlesen", "weiterlesen", "weiterführende links",
        "weiterführende informationen", "kommentieren sie", "kommentar verfassen", "dieser artikel gefällt ihnen",
        "möchten sie den artikel teilen", "artikel teilen", "vorschau auf den nächsten artikel", "entdecken sie jetzt",
        "compartir", "compartir nota", "comparte esta nota", "noticias relacionadas", "temas relacionados", "articles similaires",
        "partager", "partager cet article", "condividi", "articoli correlati",
    ]

    /// Whether a heading names page furniture ("Read more", "Tin liên quan").
    static func isFurnitureHeading(_ text: String) -> Bool {
        let lower = label(text, droppingTrailing: ":.!?")
        if furnitureHeadings.contains(lower) { return true }
        return lower.count < 60 && morePrefixes.contains { lower.hasPrefix($0) }
    }

    /// Openings of a heading that points to more of the site ("More on climate", "Mehr zu Klima und Konsum").
    static let morePrefixes = ["more on ", "mehr zu ", "mehr zum ", "mehr zur ", "mehr über ", "plus sur ", "más sobre ",
                               "di più su ", "meer over ", "więcej o "]

    static let readMorePrefixLength = readMorePhrases.map(\.count).max().map { $0 + 8 } ?? 64

    /// The phrases by their first byte, so that a line is held against a handful of them.
    static let readMorePhrasesByFirstByte: [UInt8: [String]] = Dictionary(grouping: readMorePhrases) { $0.utf8.first ?? 0 }

    /// Whether a line is an ad label ("Advertisement", "Anzeige", "Reklama").
    static func isAdLabel(_ text: String) -> Bool {
        var lower = text.lowercased().trimmingWhitespace()
        while let c = lower.first, "*(".contains(c) { lower = lower.dropFirst() }
        return ["advertisement", "anzeige", "werbung", "publicidad", "publicité", "reklama", "quảng cáo", "adsbygoogle",
                "sponsored", "gesponsert", "pubblicità"].contains { lower.hasPrefix($0) }
    }

    /// Whether a short line of text is a "read more" line, an ad label or the like.
    /// Whether a line is only a template's placeholder left in the text (`$$ARTICLEAD$$`,
    /// `{{ad_slot}}`, `[[AD]]`, `%%AD%%`): a name of letters, digits and `_-` between doubled marks.
    static func isTemplatePlaceholder(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 5, bytes.count <= 80 else { return false }
        let pairs: [(UInt8, UInt8)] = [(0x24, 0x24), (0x7B, 0x7D), (0x5B, 0x5D), (0x25, 0x25)]
        guard let (open, close) = pairs.first(where: { $0.0 == bytes[0] }), bytes[1] == open,
              bytes[bytes.count - 1] == close, bytes[bytes.count - 2] == close else { return false }
        let name = bytes[2..<(bytes.count - 2)]
        return !name.isEmpty && name.allSatisfy { b in
            (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == 0x5F || b == 0x2D || b == 0x20 || b == 0x2E
        }
    }

    static func isReadMoreLine(_ text: String) -> Bool {
        guard text.utf8.count <= 880, text.hasAtMostCharacters(220) else { return false }
        // Only the start can match: lowercasing the whole line (slow for non-ASCII) is not needed.
        let lower = String(text.prefix(readMorePrefixLength)).lowercased()
        guard let first = lower.utf8.first, let candidates = readMorePhrasesByFirstByte[first] else { return false }
        return candidates.contains { lower.hasPrefix($0) }
    }
}

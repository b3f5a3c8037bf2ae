/// Path strings split without Foundation's `NSString` path methods, which trap on one-character
/// paths (`-o y`) in the Foundation shipped with Swift 6.3 on Linux.
public enum PathName {
    /// The folder part of `path`: `""` for `story.md`, `/` for `/story.md`, `out/a` for `out/a/b.md`.
    public static func directory(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        var folder = trimmed[..<slash]
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        return String(folder)
    }

    /// The last part of `path`: `b.md` for `out/a/b.md`, `a` for `a/`.
    public static func lastComponent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/"), trimmed != "/" else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// `path` without the extension of its last part: `out/story` for `out/story.txt`; a name that
    /// starts with a dot (`.profile`) has no extension.
    public static func removingExtension(_ path: String) -> String {
        let name = lastComponent(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, path.hasSuffix(name) else { return path }
        let extensionLength = name.distance(from: dot, to: name.endIndex)
        return String(path.dropLast(extensionLength))
    }
}

import Foundation
import LibXML
import NewsConv

/// Measures newsconv against libxml2's own parsing on the same pages, and whole-process times and
/// memory, and prints the figures side by side. Run in release mode:
///
///     swift run -c release newsconv-bench [CORPUS_DIR] [--runs N]
@main
struct Benchmark {
    static func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        guard !s.isEmpty else { return 0 }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static func gunzip(_ path: String) -> [UInt8]? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/gzip")
        p.arguments = ["-dc", path]
        let pipe = Pipe()
        p.standardOutput = pipe
        guard (try? p.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return p.terminationStatus == 0 ? [UInt8](data) : nil
    }

    /// Runs `binary` with `arguments` (output to /dev/null); wall time in ms and the peak RSS of
    /// that one child in KiB, from `wait4` (RUSAGE_CHILDREN would report the largest child so far,
    /// which includes the benchmark's own forked image).
    static func spawn(_ binary: String, _ arguments: [String]) -> (ms: Double, rssKiB: Int) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = now()
        guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { return (0, 0) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        return ((now() - start) * 1000, Int(usage.ru_maxrss))
    }

    /// Runs the CLI on `path` `runs` times after one warm-up run: median wall time in ms, and the
    /// largest peak RSS of a run in MiB.
    static func wholeProcess(_ binary: String, _ path: String, runs: Int, format: String = "json") -> (ms: Double, rssMiB: Double) {
        let arguments = ["convert", path, "--to", format, "--fixed-date", "2025-01-01T00:00:00Z"]
        _ = spawn(binary, arguments)
        var times: [Double] = []
        var peak = 0
        for _ in 0..<runs {
            let r = spawn(binary, arguments)
            times.append(r.ms)
            peak = max(peak, r.rssKiB)
        }
        return (median(times), Double(peak) / 1024)
    }

    /// A long article page of about `bytes` bytes, with the chrome of a real page around it.
    static func generatedPage(bytes target: Int) -> [UInt8] {
        var html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A very long report | Bench Times</title></head><body>"
        html += "<nav><ul>" + (0..<30).map { "<li><a href=\"/s\($0)\">Section \($0)</a></li>" }.joined() + "</ul></nav><main><article><h1>A very long report</h1>"
        var n = 0
        while html.utf8.count < target - 2000 {
            if n % 12 == 0 { html += "<h2>Part \(n / 12 + 1)</h2>" }
            html += "<p>Paragraph \(n) of the report, with commas, figures such as 4.5 per cent, and a “quoted phrase” said by Dr Jane Roe, goes on for a while so that it reads like prose.</p>"
            if n % 40 == 0 { html += "<figure><img src=\"/i\(n).jpg\" alt=\"\"><figcaption>Caption \(n). Photo: Agency</figcaption></figure>" }
            n += 1
        }
        html += "</article><aside class=\"related\"><a href=\"/x\">More</a></aside></main><footer>© Bench Times</footer></body></html>"
        return Array(html.utf8)
    }

    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var runs = 5
        if let i = arguments.firstIndex(of: "--runs"), i + 1 < arguments.count {
            runs = Int(arguments[i + 1]) ?? runs
            arguments.removeSubrange(i...(i + 1))
        }
        let corpus = arguments.first ?? "../shared/corpus"
        let fm = FileManager.default
        var pages: [[UInt8]] = []
        for set in ["fundus-dev/pages", "vi-news/pages"] {
            guard let walker = fm.enumerator(atPath: corpus + "/" + set) else { continue }
            for case let path as String in walker where path.hasSuffix(".html.gz") {
                if let bytes = gunzip(corpus + "/" + set + "/" + path) { pages.append(bytes) }
            }
        }
        guard !pages.isEmpty else {
            print("newsconv-bench: no pages under \(corpus) (give the corpus folder as the first argument)")
            exit(2)
        }
        let totalBytes = pages.reduce(0) { $0 + $1.count }
        let megabytes = Double(totalBytes) / 1_048_576
        print("newsconv benchmark — \(pages.count) pages, \(String(format: "%.1f", megabytes)) MB, median of \(runs) runs, one core, libxml2 \(LibXML.version)")
        print("")
        print(String(format: "%-34@ %10@ %10@ %10@", "in-process, whole corpus" as NSString, "pages/s" as NSString, "MB/s" as NSString, "vs parse" as NSString))

        func measure(_ label: String, baseline: Double?, _ body: ([UInt8]) -> Void) -> Double {
            var rates: [Double] = []
            for _ in 0..<runs {
                let start = now()
                for page in pages { body(page) }
                rates.append(Double(pages.count) / (now() - start))
            }
            let rate = median(rates)
            let mbps = rate * megabytes / Double(pages.count)
            let ratio = baseline.map { String(format: "%.0f%%", 100 * rate / $0) } ?? "—"
            print(String(format: "%-34@ %10.0f %10.1f %10@", label as NSString, rate, mbps, ratio as NSString))
            return rate
        }

        let parseOnly = measure("libxml2 htmlReadMemory", baseline: nil) { HTMLBaseline.parse($0, walk: false) }
        _ = measure("libxml2 parse + tree walk", baseline: parseOnly) { HTMLBaseline.parse($0, walk: true) }
        var options = Converter.Options()
        options.fixedDate = Date(timeIntervalSince1970: 0)
        let converter = Converter(options: options)
        _ = measure("newsconv read + segment", baseline: parseOnly) { page in
            _ = try? converter.article(from: InputDocument(bytes: page, origin: "page.html"))
        }
        for format in OutputFormat.allCases {
            _ = measure("newsconv end to end, \(format.rawValue)", baseline: parseOnly) { page in
                if let article = try? converter.article(from: InputDocument(bytes: page, origin: "page.html")) {
                    _ = try? converter.write(article, as: format)
                }
            }
        }

        // Whole process, with the release binary next to this one.
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("newsconv").path
        guard fm.isExecutableFile(atPath: binary) else {
            print("\n(no newsconv binary beside the benchmark: build it with swift build -c release)")
            return
        }
        let dir = fm.temporaryDirectory.appendingPathComponent("newsconv-bench-\(getpid())")
        try? fm.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: dir) }
        let sorted = pages.sorted { $0.count < $1.count }
        let medianPage = sorted[sorted.count / 2]
        let medianPath = dir.appendingPathComponent("median.html").path
        _ = fm.createFile(atPath: medianPath, contents: Data(medianPage))
        print("")
        print(String(format: "%-34@ %10@ %10@ %12@", "whole process (json)" as NSString, "size" as NSString, "ms" as NSString, "peak RSS" as NSString))
        let m = wholeProcess(binary, medianPath, runs: max(runs, 11))
        print(String(format: "%-34@ %8.0f KB %10.1f %9.1f MB", "median corpus page" as NSString, Double(medianPage.count) / 1024, m.ms, m.rssMiB))
        var previous: Double?
        for size in [1 << 20, 10 << 20] {
            let path = dir.appendingPathComponent("large-\(size >> 20)MB.html").path
            let page = generatedPage(bytes: size)
            _ = fm.createFile(atPath: path, contents: Data(page))
            let r = wholeProcess(binary, path, runs: max(3, runs / 2))
            let budget = 4 * Double(page.count) / 1_048_576 + 30
            var note = String(format: "(budget %.0f MB)", budget)
            if let previous { note += String(format: ", %.1fx the 1 MB page", r.ms / previous) }
            print(String(format: "%-34@ %8.0f KB %10.1f %9.1f MB  %@", "generated page \(size >> 20) MB" as NSString, Double(page.count) / 1024, r.ms, r.rssMiB, note as NSString))
            previous = r.ms
        }
    }
}

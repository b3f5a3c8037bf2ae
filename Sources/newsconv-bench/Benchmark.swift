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

    /// CPU time of the calling thread, in seconds.
    static func cpuTime() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

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

    /// Runs `binary` with `arguments` (output to /dev/null): wall time in ms, the child's CPU time
    /// (user and system) in ms and its peak RSS in KiB, from `wait4`.
    static func spawn(_ binary: String, _ arguments: [String]) -> (ms: Double, cpuMs: Double, rssKiB: Int) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = now()
        guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { return (0, 0, 0) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1000 + Double(t.tv_usec) / 1000 }
        return ((now() - start) * 1000, ms(usage.ru_utime) + ms(usage.ru_stime), Int(usage.ru_maxrss))
    }

    /// Measures one run of `binary` from a fresh, small copy of this benchmark (`--measure-child`).
    /// Linux carries a process's peak RSS across `exec`, and `posix_spawn` shares the parent's
    /// memory until then, so a child spawned straight from this process, which holds the whole
    /// corpus, would report the benchmark's own size.
    static func measured(_ binary: String, _ arguments: [String]) -> (ms: Double, cpuMs: Double, rssKiB: Int) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        p.arguments = ["--measure-child", binary] + arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        guard (try? p.run()) != nil else { return (0, 0, 0) }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let fields = String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count == 3, let ms = Double(fields[0]), let cpu = Double(fields[1]), let kib = Int(fields[2]) else { return (0, 0, 0) }
        return (ms, cpu, kib)
    }

    /// Pads (or cuts) `text` to `width` columns, left-aligned, or right-aligned with `right`.
    static func column(_ text: String, _ width: Int, right: Bool = false) -> String {
        let count = text.count
        if count >= width { return text }
        let pad = String(repeating: " ", count: width - count)
        return right ? pad + text : text + pad
    }

    /// Runs the CLI on each of `paths` `runs` times, taking turns, after one warm-up run each:
    /// median wall and CPU times in ms, and the largest peak RSS of a run in MiB, per path.
    static func wholeProcess(_ binary: String, _ paths: [String], runs: Int, format: String = "json") -> [(ms: Double, cpuMs: Double, rssMiB: Double)] {
        wholeProcessRuns(binary, paths, runs: runs, format: format).map { ($0.ms, $0.cpuMs, $0.rssMiB) }
    }

    /// ``wholeProcess(_:_:runs:format:)``, with each path's CPU times run by run (the runs take
    /// turns, so that the times of one round were taken at the same moment).
    static func wholeProcessRuns(_ binary: String, _ paths: [String], runs: Int, format: String = "json")
        -> [(ms: Double, cpuMs: Double, rssMiB: Double, cpuRuns: [Double])] {
        func arguments(_ path: String) -> [String] { ["convert", path, "--to", format, "--fixed-date", "2025-01-01T00:00:00Z"] }
        for path in paths { _ = measured(binary, arguments(path)) }
        var wall = Array(repeating: [Double](), count: paths.count), cpu = wall
        var peak = Array(repeating: 0, count: paths.count)
        for _ in 0..<runs {
            for (i, path) in paths.enumerated() {
                let r = measured(binary, arguments(path))
                wall[i].append(r.ms)
                cpu[i].append(r.cpuMs)
                peak[i] = max(peak[i], r.rssKiB)
            }
        }
        return paths.indices.map { (median(wall[$0]), median(cpu[$0]), Double(peak[$0]) / 1024, cpu[$0]) }
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
        if arguments.first == "--measure-child", arguments.count >= 2 {
            let r = spawn(arguments[1], Array(arguments.dropFirst(2)))
            print("\(r.ms) \(r.cpuMs) \(r.rssKiB)")
            exit(0)
        }
        var runs = 5
        if let i = arguments.firstIndex(of: "--runs"), i + 1 < arguments.count {
            runs = Int(arguments[i + 1]) ?? runs
            arguments.removeSubrange(i...(i + 1))
        }
        let corpus = arguments.first ?? "../shared/corpus"
        let fm = FileManager.default
        // One pass over every set: the in-process figures use fundus-dev and vi-news; the sizes of
        // all pages give the median page for the whole-process figures.
        var pages: [[UInt8]] = []
        var sizes: [(size: Int, path: String)] = []
        if let walker = fm.enumerator(atPath: corpus) {
            for case let path as String in walker where path.hasSuffix(".html.gz") {
                guard let bytes = gunzip(corpus + "/" + path) else { continue }
                sizes.append((bytes.count, corpus + "/" + path))
                if path.hasPrefix("fundus-dev/pages/") || path.hasPrefix("vi-news/pages/") { pages.append(bytes) }
            }
        }
        guard !pages.isEmpty else {
            print("newsconv-bench: no pages under \(corpus) (give the corpus folder as the first argument)")
            exit(2)
        }
        let totalBytes = pages.reduce(0) { $0 + $1.count }
        let megabytes = Double(totalBytes) / 1_048_576
        print("newsconv benchmark — \(pages.count) pages, \(String(format: "%.1f", megabytes)) MB, median of \(runs) interleaved runs, CPU time on one core, libxml2 \(LibXML.version)")
        print("")
        print(column("in-process, whole corpus", 34) + column("pages/s", 10, right: true) + column("MB/s", 10, right: true) + column("vs parse", 10, right: true))

        // The variants take turns on each page of each round, so that a slow spell of this shared
        // machine falls on all of them alike; times are the thread's CPU time, and "vs parse" is
        // the median over rounds of the ratio within a round.
        var options = Converter.Options()
        options.fixedDate = Date(timeIntervalSince1970: 0)
        let converter = Converter(options: options)
        var variants: [(label: String, body: ([UInt8]) -> Void)] = [
            ("libxml2 htmlReadMemory", { HTMLBaseline.parse($0, walk: false) }),
            ("libxml2 parse + tree walk", { HTMLBaseline.parse($0, walk: true) }),
            ("newsconv read + segment", { page in _ = try? converter.article(from: InputDocument(bytes: page, origin: "page.html")) }),
        ]
        for format in OutputFormat.allCases {
            variants.append(("newsconv end to end, \(format.rawValue)", { page in
                if let article = try? converter.article(from: InputDocument(bytes: page, origin: "page.html")) {
                    _ = try? converter.write(article, as: format)
                }
            }))
        }
        for variant in variants { for page in pages { variant.body(page) } }  // warm-up: caches, allocator, lazy tables
        var seconds = Array(repeating: [Double](), count: variants.count)
        for _ in 0..<runs {
            // Page by page, every variant in turn: a slow spell of the machine (they last seconds)
            // then falls on all variants alike, where whole-corpus turns gave ratios ±5% apart.
            var round = Array(repeating: 0.0, count: variants.count)
            for page in pages {
                for (v, variant) in variants.enumerated() {
                    let start = cpuTime()
                    variant.body(page)
                    round[v] += cpuTime() - start
                }
            }
            for v in variants.indices { seconds[v].append(round[v]) }
        }
        for (v, variant) in variants.enumerated() {
            let rate = Double(pages.count) / median(seconds[v])
            let mbps = rate * megabytes / Double(pages.count)
            let ratio = v == 0 ? "—" : String(format: "%.0f%%", 100 * median(zip(seconds[0], seconds[v]).map { $0 / $1 }))
            print(column(variant.label, 34) + column(String(format: "%.0f", rate), 10, right: true) + column(String(format: "%.1f", mbps), 10, right: true) + column(ratio, 10, right: true))
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
        // The median-size page of the whole corpus (every set), the size a typical input has.
        sizes.sort { $0.size < $1.size }
        let medianPage = gunzip(sizes[sizes.count / 2].path) ?? pages[0]
        let medianPath = dir.appendingPathComponent("median.html").path
        _ = fm.createFile(atPath: medianPath, contents: Data(medianPage))
        print("")
        print(column("whole process (json), median", 34) + column("size", 10, right: true) + column("wall ms", 10, right: true)
              + column("CPU ms", 10, right: true) + column("peak RSS", 12, right: true))
        let m = wholeProcess(binary, [medianPath], runs: max(runs, 11))[0]
        print(column("median corpus page", 34) + column(String(format: "%.0f KB", Double(medianPage.count) / 1024), 10, right: true)
              + column(String(format: "%.1f", m.ms), 10, right: true) + column(String(format: "%.1f", m.cpuMs), 10, right: true)
              + column(String(format: "%.1f MB", m.rssMiB), 12, right: true))
        var large: [(target: Int, size: Int, path: String)] = []
        for size in [1 << 20, 10 << 20] {
            let path = dir.appendingPathComponent("large-\(size >> 20)MB.html").path
            let page = generatedPage(bytes: size)
            _ = fm.createFile(atPath: path, contents: Data(page))
            large.append((size, page.count, path))
        }
        let results = wholeProcessRuns(binary, large.map(\.path), runs: max(9, runs))
        // The ratio of the two pages' CPU times within each round, then its median: the machine's
        // drift falls on both pages of a round alike.
        let sizeRatio = median(zip(results[1].cpuRuns, results[0].cpuRuns).map { $0 / $1 })
        for (i, (target, size, _)) in large.enumerated() {
            let r = results[i]
            let budget = 4 * Double(size) / 1_048_576 + 30
            var note = String(format: "(budget %.0f MB)", budget)
            if i > 0 { note += String(format: ", %.1fx the 1 MB page in CPU time (median of the rounds' ratios)", sizeRatio) }
            print(column("generated page \(target >> 20) MB", 34) + column(String(format: "%.0f KB", Double(size) / 1024), 10, right: true)
                  + column(String(format: "%.0f", r.ms), 10, right: true) + column(String(format: "%.0f", r.cpuMs), 10, right: true)
                  + column(String(format: "%.1f MB", r.rssMiB), 12, right: true) + "  " + note)
        }
        // Every format streams its output: the large page's peak is the same whichever is written.
        print("")
        print(column("whole process, 10 MB page", 34) + column("format", 10, right: true) + column("wall ms", 10, right: true)
              + column("CPU ms", 10, right: true) + column("peak RSS", 12, right: true))
        for format in OutputFormat.allCases {
            let r = wholeProcess(binary, [large[1].path], runs: 3, format: format.rawValue)[0]
            let budget = 4 * Double(large[1].size) / 1_048_576 + 30
            print(column("", 34) + column(format.rawValue, 10, right: true) + column(String(format: "%.0f", r.ms), 10, right: true)
                  + column(String(format: "%.0f", r.cpuMs), 10, right: true) + column(String(format: "%.1f MB", r.rssMiB), 12, right: true)
                  + String(format: "  (budget %.0f MB)", budget))
        }

        // The peers on the same pages, when python3 has them (scripts/bench-peers).
        let peers = fm.currentDirectoryPath + "/scripts/bench-peers"
        if fm.isExecutableFile(atPath: peers) {
            print("")
            fflush(nil)  // every stream: what was printed comes before the script's output
            let p = Process()
            p.executableURL = URL(fileURLWithPath: peers)
            p.arguments = [corpus, String(max(3, runs / 3))]
            if (try? p.run()) != nil { p.waitUntilExit() }
        }
    }
}

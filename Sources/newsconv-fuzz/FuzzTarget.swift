import Foundation
import NewsConv

// The libFuzzer harness: scripts/fuzz builds this target with -sanitize=fuzzer and -DFUZZING.
// Built normally (without FUZZING) it replays inputs given as files, which is how a crash found by
// the fuzzer is reproduced.

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let broken = ConversionInvariants.check(Array(UnsafeBufferPointer(start: data, count: size)))
    if !broken.isEmpty { fatalError(broken.joined(separator: "; ")) }
    return 0
}

typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>, Int) -> Int32

/// libFuzzer's driver, for programs whose `main` is their own.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: FuzzCallback) -> Int32

/// SwiftPM names an executable's entry point after its module; it hands over to libFuzzer.
@_cdecl("newsconv_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, { data, size in fuzzOne(data, size) })
}
#else
@main
struct Replay {
    static func main() {
        var failures = 0
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { print("\(path): cannot read"); continue }
            let broken = ConversionInvariants.check([UInt8](data))
            if !broken.isEmpty {
                failures += 1
                print("\(path): \(broken.joined(separator: "; "))")
            }
        }
        exit(failures == 0 ? 0 : 1)
    }
}
#endif

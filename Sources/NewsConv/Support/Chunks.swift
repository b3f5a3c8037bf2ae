/// Output handed to a sink about a megabyte at a time, as ``StreamingWriter``s give it.
enum Chunks {
    /// The size a piece reaches before it is handed over.
    static let size = 1 << 20

    /// Runs `produce` with a buffer to append to and a `written` to call after each piece it
    /// appends: the buffer goes to `sink` whenever it holds `size` bytes, and what is left at the end.
    static func write(to sink: (ArraySlice<UInt8>) -> Void,
                      _ produce: (inout [UInt8], _ written: (inout [UInt8]) -> Void) -> Void) {
        // Grown as needed: most outputs are tens of kilobytes, and a megabyte reserved for each
        // was mapped and unmapped every time.
        var buffer: [UInt8] = []
        buffer.reserveCapacity(64 << 10)
        // `produce` never calls `written` after returning, nor `written` `produce`.
        withoutActuallyEscaping(sink) { sink in
            produce(&buffer) { buffer in
                if buffer.count >= size {
                    sink(buffer[...])
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        }
        if !buffer.isEmpty { sink(buffer[...]) }
    }
}

/// One step of a conversion: a typed input, a typed output and a typed error.
///
///     bytes ──▶ Reader ──▶ SourceDocument ──▶ Segmenter ──▶ Article ──▶ Transform* ──▶ Writer ──▶ bytes
///
/// Stages know nothing of their neighbours. Chain two with ``then(_:)``; the chain is a stage
/// itself, whose error is a ``ConversionError`` that says which step failed and why.
public protocol Stage<Input, Output>: Sendable {
    /// What the stage consumes.
    associatedtype Input
    /// What the stage produces.
    associatedtype Output
    /// What the stage throws.
    associatedtype Failure: ConversionFailure

    /// Runs the stage.
    func run(_ input: Input) throws(Failure) -> Output
}

extension Stage {
    /// A stage that runs `self`, then `next` on its output.
    public func then<Next: Stage>(_ next: Next) -> Chain<Self, Next> where Next.Input == Output {
        Chain(first: self, second: next)
    }
}

/// Two stages run one after the other.
public struct Chain<First: Stage, Second: Stage>: Stage where First.Output == Second.Input {
    /// The first stage.
    public let first: First
    /// The stage fed with the first one's output.
    public let second: Second

    /// Chains `first` and `second`.
    public init(first: First, second: Second) {
        self.first = first
        self.second = second
    }

    /// Runs both stages; either one's error becomes a ``ConversionError``.
    public func run(_ input: First.Input) throws(ConversionError) -> Second.Output {
        let middle: First.Output
        do { middle = try first.run(input) } catch { throw error.conversionError }
        do { return try second.run(middle) } catch { throw error.conversionError }
    }
}

/// A stage built from a closure, for small custom steps.
public struct ClosureStage<Input, Output>: Stage {
    private let body: @Sendable (Input) throws(ConversionError) -> Output

    /// Wraps `body` as a stage.
    public init(_ body: @escaping @Sendable (Input) throws(ConversionError) -> Output) {
        self.body = body
    }

    /// Runs the closure.
    public func run(_ input: Input) throws(ConversionError) -> Output { try body(input) }
}
